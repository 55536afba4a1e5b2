package com.counseldesk.app;

import static com.counseldesk.pages.WalkInPage.GENDER;
import static com.counseldesk.pages.WalkInPage.PHONE;
import static com.counseldesk.pages.WalkInPage.STUDENT;
import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.DatabaseChoicePage;
import com.counseldesk.pages.FirstRunPage;
import com.counseldesk.pages.KeyHelpPage;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.SearchPage;
import com.counseldesk.pages.StaffPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.VisitEditPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** F1 on every screen: the keys of the screen in front, in the language in use; Esc or F1 closes the list. */
class ShortcutListGuiTest extends GuiTest {
    private static final String DESK = zh("keys.area.walkin");
    private static final String BOARD = zh("keys.area.today");
    private static final String WINDOW = zh("keys.area.window");

    @Test
    void f1OnTheDeskListsItsKeysAndEscGivesTheCursorBackToThePhone() {
        MainPage main = startAs(typicalOffice(), "王芳");
        assertEquals(zh("main.keysHint"), main.keysHint());
        WalkInPage form = main.walkIn();
        form.expectFocus(PHONE);
        form.typeText("138");

        KeyHelpPage keys = form.pressF1();

        assertEquals(List.of(DESK, BOARD, WINDOW), keys.titles(), "the area with the cursor first");
        assertEquals(List.of(
                "↓ / ↑ / Esc / Enter  " + zh("keys.phoneSuggestion"),
                "Enter  " + zh("keys.walkin.save"),
                "Ctrl+N  " + zh("keys.walkin.new"),
                "空格 / Alt+↓  " + zh("keys.choice.open"),
                zh("keys.choice.type.keys") + "  " + zh("keys.choice.type")), keys.sections().get(DESK));
        assertEquals(List.of(
                "Ctrl+P  " + zh("keys.today.print"),
                "Alt+←  " + zh("keys.today.previousDay"),
                "Alt+→  " + zh("keys.today.nextDay"),
                "Enter  " + zh("keys.today.expectedArrived"),
                "↑ / ↓  " + zh("keys.list.move")), keys.sections().get(BOARD));
        assertEquals(List.of(
                "Ctrl+F  " + zh("keys.find"),
                "F2  " + zh("keys.call.inbound"),
                "Shift+F2  " + zh("keys.call.outbound"),
                "F3  " + zh("keys.appointments"),
                "F4  " + zh("keys.duty"),
                "F5  " + zh("keys.calls"),
                "F6  " + zh("keys.contracts"),
                "Ctrl+Tab / Ctrl+Shift+Tab  " + zh("keys.tabs"),
                "Ctrl+Shift+L  " + zh("keys.language"),
                "F1  " + zh("keys.help"),
                "Tab / Shift+Tab  " + zh("keys.tab"),
                "空格  " + zh("keys.press")), keys.sections().get(WINDOW));
        assertEquals("Esc / F1  " + zh("keys.help.close"), keys.closing());

        keys.closeWithEscape();
        form.expectFocus(PHONE);
        form.typeText("1");
        assertEquals("1381", form.value(PHONE), "the next key goes on with the number");

        form.pressF1().closeWithF1();
        form.expectFocus(PHONE);
        assertEquals("", form.status(), "neither F1 nor Esc saved or refused anything");
    }

    @Test
    void theListIsTheScreenInFrontsInTheLanguageInUse() {
        MainPage main = startAs(typicalOffice(), "王芳").otherLanguageByKeyboard("English");
        assertEquals(en("main.keysHint"), main.keysHint());
        WalkInPage form = main.walkIn();
        form.tabTo(STUDENT);

        KeyHelpPage keys = form.pressF1();
        assertEquals(List.of(en("keys.area.walkin"), en("keys.area.today"), en("keys.area.window")), keys.titles());
        assertEquals("Enter  Save the registration", keys.line(en("keys.area.walkin"), "Enter"));
        assertEquals("Ctrl+N  " + en("keys.walkin.new"), keys.line(en("keys.area.walkin"), "Ctrl+N"));
        assertEquals("Space / Alt+↓  " + en("keys.choice.open"), keys.line(en("keys.area.walkin"), "Space / Alt+↓"));
        assertEquals("Esc / F1  Close", keys.closing());
        keys.closeWithEscape();
        form.expectFocus(STUDENT);

        SearchPage search = main.find();
        keys = search.pressF1();
        assertEquals(List.of(en("keys.area.search"), en("keys.area.window")), keys.titles(),
                "the desk's keys are not the search's");
        assertEquals(List.of(
                "↓  " + en("keys.search.toList"),
                "Enter  " + en("keys.search.open"),
                "Enter  " + en("keys.search.openRow"),
                "↑  " + en("keys.search.toField"),
                "Ctrl+E  " + en("keys.export"),
                "Esc  " + en("keys.export.cancel")), keys.sections().get(en("keys.area.search")));
        keys.closeWithF1();
        search.expectFocus(SearchPage.FIELD);
    }

    @Test
    void f1OnTheStaffScreenListsItsKeys() {
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        StaffPage staff = main.openStaffAdmin();
        staff.expectFocus("newStaffNameField");

        KeyHelpPage keys = staff.pressF1();

        assertEquals(List.of(zh("keys.area.staff"), WINDOW), keys.titles(), "nothing of the desk behind it");
        assertEquals(List.of(
                "Enter  " + zh("keys.staff.add"),
                "↑ / ↓  " + zh("keys.role.open"),
                "Enter  " + zh("keys.staff.save"),
                "↑ / ↓  " + zh("keys.list.move")), keys.sections().get(zh("keys.area.staff")));
        keys.closeWithEscape();
        staff.expectFocus("newStaffNameField");
    }

    @Test
    void f1OnTheFirstRunAndTheLoginListsTheirKeys() {
        start(TestOffice.empty(folder));
        FirstRunPage firstRun = new FirstRunPage(robot());
        firstRun.expectFocus("officeNameField");

        KeyHelpPage keys = firstRun.pressF1();

        assertEquals(List.of(zh("keys.area.firstRun"), zh("keys.area.dbChoice"), WINDOW), keys.titles());
        assertEquals(List.of(
                "Enter  " + zh("keys.firstRun.next"),
                "Enter  " + zh("keys.firstRun.addStaff"),
                "↑ / ↓  " + zh("keys.role.open"),
                "Ctrl+Enter  " + zh("keys.firstRun.create")), keys.sections().get(zh("keys.area.firstRun")));
        assertEquals(List.of("Enter  " + zh("keys.dbChoice.connect")), keys.sections().get(zh("keys.area.dbChoice")));
        assertEquals(List.of(
                "Ctrl+Shift+L  " + zh("keys.language"),
                "F1  " + zh("keys.help"),
                "Tab / Shift+Tab  " + zh("keys.tab"),
                "空格  " + zh("keys.press")), keys.sections().get(WINDOW), "no Ctrl+F before there is an office");
        keys.closeWithF1();
        firstRun.expectFocus("officeNameField");

        LoginPage login = firstRun.officeName("东城校区").addStaff("周敏", "前台").addStaff("李老师", "咨询师")
                .createByShortcut();
        keys = login.pressF1();
        assertEquals(List.of(zh("keys.area.login"), WINDOW), keys.titles());
        assertEquals(List.of("↑ / ↓  " + zh("keys.login.move"),
                zh("keys.login.type.keys") + "  " + zh("keys.login.type"), "Enter / 空格  " + zh("keys.login.enter")),
                keys.sections().get(zh("keys.area.login")));
        keys.closeWithEscape();
        login.enterAs("周敏");
    }

    @Test
    void f1InADialogListsItsKeysAndEscClosesTheListBeforeTheDialog() {
        TestOffice office = typicalOffice();
        office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        MainPage main = startAs(office, TestOffice.MANAGER);
        TodayPage today = main.today().select(zh("today.col.student"), "张子涵");
        today.press("editVisitButton");
        VisitEditPage edit = new VisitEditPage(robot());

        KeyHelpPage keys = edit.pressF1();
        assertEquals(List.of(zh("visitEdit.title"), WINDOW), keys.titles());
        assertEquals(List.of("Esc  " + zh("keys.dialog.close")), keys.sections().get(zh("visitEdit.title")));
        assertEquals(List.of(
                "F1  " + zh("keys.help"),
                "Tab / Shift+Tab  " + zh("keys.tab"),
                "空格  " + zh("keys.press")), keys.sections().get(WINDOW), "the main window's keys do not work here");
        keys.closeWithEscape();
        assertTrue(edit.isOpen(), "Esc closed the list, not the dialog");
        edit.closeWithEscape();

        DatabaseChoicePage settings = main.openDatabaseSettings();
        keys = settings.pressF1();
        assertEquals(List.of(zh("keys.area.dbChoice"), zh("dbSettings.title"), WINDOW), keys.titles());
        assertEquals(List.of("Esc  " + zh("keys.dialog.close")), keys.sections().get(zh("dbSettings.title")));
        keys.closeWithEscape();
        settings.closeWithEscape();
    }

    @Test
    void theStandardKeysTheListNamesDoWhatItSays() {
        TestOffice office = typicalOffice();
        office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        office.clock.advance(Duration.ofMinutes(5));
        office.register(office.walkIn("张伟").student("王小明").phone("139 0000 0001"));
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();
        form.tabTo(STUDENT);
        form.pressShift(KeyCode.TAB);
        form.expectFocus(PHONE);

        String student = zh("today.col.student");
        TodayPage today = main.today().select(student, "王小明");
        today.press(KeyCode.DOWN);
        Wait.forValue("↓ chooses the next row", "张子涵", () -> today.selected().get(student));
        today.press(KeyCode.UP);
        Wait.forValue("↑ chooses the row before", "王小明", () -> today.selected().get(student));
    }

    @Test
    void ctrlTabGoesThroughTheTabsWithTheCursorInTheScreen() {
        MainPage main = startAs(typicalOffice(), "王芳");
        SearchPage search = main.find();
        main.nextTab();
        assertEquals(zh("tab.walkin"), main.selectedTab(), "round the end to the desk");
        main.walkIn().expectFocus(PHONE);
        main.previousTab();
        assertEquals(zh("search.title"), main.selectedTab());
        search.expectFocus(SearchPage.FIELD);
        main.previousTab();
        assertEquals(zh("tab.walkin"), main.selectedTab());
        main.walkIn().expectFocus(PHONE);
    }

    @Test
    void altDownOpensAChoiceAndTheHintOpensTheList() {
        MainPage main = startAs(typicalOffice(), "王芳");
        WalkInPage form = main.walkIn();
        form.tabTo(STUDENT);
        form.tabTo(GENDER);
        form.pressAlt(KeyCode.DOWN);
        Wait.until("Alt+↓ to open the choice list, as the shortcut list says", () -> form.isOpen(GENDER));
        form.press(KeyCode.ESCAPE);
        Wait.until("Esc to close the choice list", () -> !form.isOpen(GENDER));

        KeyHelpPage keys = main.clickKeysHint();
        assertFalse(keys.lines().isEmpty());
        keys.closeWithEscape();
    }
}
