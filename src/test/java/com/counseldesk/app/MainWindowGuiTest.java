package com.counseldesk.app;

import static com.counseldesk.pages.WalkInPage.CHANNEL;
import static com.counseldesk.pages.WalkInPage.GRADE;
import static com.counseldesk.pages.WalkInPage.PHONE;
import static com.counseldesk.pages.WalkInPage.STUDENT;
import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.pages.ConfirmPage;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.input.KeyCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The main window's top bar: the language switch and who is at this PC. */
class MainWindowGuiTest extends GuiTest {

    @Test
    void languageSwitchRewordsTheScreenAndKeepsWhatWasTyped() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        assertEquals("简体中文", main.language());
        assertEquals(zh("main.user", "王芳", "前台"), main.currentUser());
        assertEquals(zh("main.find"), main.findButton());
        WalkInPage form = main.walkIn();
        form.expectFocus(PHONE);
        form.typeText("138 1234 5678");
        form.tabTo(STUDENT);
        form.typeText("张子涵");
        form.choose(GRADE, "初二").choose(CHANNEL, "直接上访");

        main = main.switchLanguage("English");

        assertEquals("English", main.language());
        assertEquals("王芳 (Front desk)", main.currentUser());
        assertEquals(en("main.switchUser"), main.switchUserButton());
        assertEquals("Find (Ctrl+F)", main.findButton());
        form = main.walkIn();
        assertEquals("Walk-in registration", form.title());
        assertEquals(en("walkin.phone"), form.label("phone"));
        assertEquals(en("walkin.studentName"), form.label("studentName"));
        assertEquals(en("walkin.channel"), form.label("channel"));
        assertEquals(en("walkin.counselor"), form.label("counselor"));
        assertEquals("Save (Enter)", form.saveButton());
        assertEquals(en("walkin.new"), form.newButton());
        assertEquals(en("today.title", 0), main.today().title());
        assertEquals(List.of("Arrived", "Student", "Parent", "Phone", "Channel", "Counselor", "Status", "Left"),
                main.today().headers());
        assertEquals("138 1234 5678", form.value(PHONE));
        assertEquals("张子涵", form.value(STUDENT));
        assertEquals("Grade 8", form.value(GRADE));
        assertEquals("Walk-in", form.value(CHANNEL));
        form.expectFocus(CHANNEL);
        Wait.forValue("language stored for the next start", Optional.of("en"), office.office::language);

        main = main.switchLanguage("简体中文");

        assertEquals("简体中文", main.language());
        form = main.walkIn();
        assertEquals(zh("walkin.title"), form.title());
        assertEquals("联系电话", form.label("phone"));
        assertEquals(zh("walkin.save"), form.saveButton());
        assertEquals("138 1234 5678", form.value(PHONE));
        assertEquals("初二", form.value(GRADE));
        assertEquals("直接上访", form.value(CHANNEL));
        Wait.forValue("language stored for the next start", Optional.of("zh-CN"), office.office::language);
    }

    @Test
    void choosingALanguageNeverActsAsAnotherCommandAndTheFocusStaysWhereItWas() {
        MainPage main = startAs(typicalOffice(), "王芳");
        WalkInPage form = main.walkIn();
        form.expectFocus(PHONE);
        form.typeText("138 1234 5678");
        form.tabTo(STUDENT);
        form.typeText("张子涵");

        main = main.otherLanguageByKeyboard("English");

        form = main.walkIn();
        form.expectFocus(STUDENT);
        assertEquals("张子涵", form.value(STUDENT));
        // Arrow keys move in the form, never to the language switch (it is not in the Tab order).
        form.press(KeyCode.DOWN);
        form.press(KeyCode.UP);
        assertEquals("English", main.language());

        main = main.switchLanguage("简体中文");

        form = main.walkIn();
        form.expectFocus(STUDENT);
        form.typeText("x");
        assertEquals("张子涵x", form.value(STUDENT), "the next key goes where the person was typing");
        assertEquals("", form.status(), "nothing was saved or refused");
        assertEquals(zh("main.user", "王芳", "前台"), main.currentUser(), "and nobody was signed out");
    }

    @Test
    void switchUserAsksBeforeThrowingAwayAHalfFilledForm() {
        MainPage main = startAs(typicalOffice(), "王芳");
        WalkInPage form = main.walkIn();
        form.typeText("138 1234 5678");

        main.clickSwitchUser();
        ConfirmPage ask = new ConfirmPage(robot());
        assertEquals(zh("walkin.discard"), ask.message());
        ask.cancel();
        assertEquals(zh("main.user", "王芳", "前台"), main.currentUser(), "still signed in");
        assertEquals("138 1234 5678", form.value(PHONE));

        main.clickSwitchUser();
        new ConfirmPage(robot()).confirm();
        new LoginPage(robot()).expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师"));
    }

    @Test
    void switchUserGoesBackToWhoIsAtThisPc() {
        MainPage main = startAs(typicalOffice(), "王芳");

        LoginPage login = main.switchUser();
        login.expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师"));
        main = login.clickIn("李明");

        Wait.forValue("current user", zh("main.user", "李明", "咨询师"), main::currentUser);
        assertEquals("测试校区", main.officeName());
    }
}
