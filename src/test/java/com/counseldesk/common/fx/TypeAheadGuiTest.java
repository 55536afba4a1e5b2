package com.counseldesk.common.fx;

import static com.counseldesk.pages.WalkInPage.CHANNEL;
import static com.counseldesk.pages.WalkInPage.COUNSELOR;
import static com.counseldesk.pages.WalkInPage.GENDER;
import static com.counseldesk.pages.WalkInPage.GRADE;
import static com.counseldesk.pages.WalkInPage.RELATION;
import static com.counseldesk.pages.WalkInPage.STUDENT;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.StaffPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Typing chooses in the app's choice lists: on the desk in Chinese and in English, closed and open, and
 * on the staff screen.
 */
class TypeAheadGuiTest extends GuiTest {
    @Test
    void typingInAChoiceChoosesByPinyinInitialsAndEnterStillSaves() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.typePhone("139 8765 4321");
        form.tabTo(STUDENT);
        form.typeText("陈一诺");
        form.tabTo(GENDER);
        form.chooseByTyping(GENDER, "n");
        assertEquals("男", form.value(GENDER));
        form.chooseByTyping(GENDER, "n");
        assertEquals("女", form.value(GENDER), "the same letter again goes on to the next item with it");
        form.tabTo(GRADE);
        form.chooseByTyping(GRADE, "ce");
        assertEquals("初二", form.value(GRADE));
        assertFalse(form.isOpen(GRADE), "typing chooses without opening the list");
        form.chooseByTyping(RELATION, "mq");
        assertEquals("母亲", form.value(RELATION));
        form.chooseByTyping(CHANNEL, "zj");
        assertEquals("直接上访", form.value(CHANNEL));
        form.chooseByTyping(COUNSELOR, "LM");
        assertEquals("李明 · 咨询师", form.value(COUNSELOR));
        form.expectFocus(COUNSELOR);
        form.pressEnter();

        form.expectStatus(zh("walkin.saved.new", "李明"));
        HouseholdCard stored = office.household("13987654321");
        assertEquals(Grade.J2, stored.students().get(0).grade());
        assertEquals(Gender.FEMALE, stored.students().get(0).gender());
        assertEquals(Relation.MOTHER, stored.mainContact().relation());
        assertEquals(Channel.DIRECT, stored.household().channel());
        assertEquals(office.staffId("李明"), stored.household().ownerId());
    }

    @Test
    void spaceOpensAChoiceTypingMovesItsHighlightAndEnterTakesItWithoutSaving() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳");
        WalkInPage form = main.walkIn();

        form.openByKeyboard(GRADE);
        // 高一 is below the part of the list in sight at first: the list scrolls to it.
        form.typeText("gy");
        Wait.forValue("the item highlighted in the open list", "高一", () -> form.highlighted(GRADE));
        form.press(KeyCode.DOWN);
        Wait.forValue("the arrow keys still move in the list", "高二", () -> form.highlighted(GRADE));
        form.pressEnter();

        Wait.until("the list to close", () -> !form.isOpen(GRADE));
        assertEquals("高二", form.value(GRADE));
        assertEquals("", form.status(), "Enter in the open list only chose; nothing was saved");
        assertEquals("", form.error("phone"));
        form.expectFocus(GRADE);

        form.press(KeyCode.SPACE);
        Wait.until("Space to open the list again", () -> form.isOpen(GRADE));
        form.press(KeyCode.SPACE);
        Wait.until("Space in the open list to close it", () -> !form.isOpen(GRADE));
        assertEquals("高二", form.value(GRADE));
    }

    @Test
    void choicesAreChosenByTypingTheStartOfTheirEnglishLabels() {
        TestOffice office = typicalOffice();
        MainPage main = startAs(office, "王芳").switchLanguage("English");
        WalkInPage form = main.walkIn();

        form.chooseByTyping(GRADE, "g8");
        assertEquals("Grade 8", form.value(GRADE));
        form.chooseByTyping(GENDER, "F");
        assertEquals("Female", form.value(GENDER));
        form.chooseByTyping(RELATION, "grandm");
        assertEquals("Grandmother", form.value(RELATION));
        form.chooseByTyping(CHANNEL, "wal");
        assertEquals("Walk-in", form.value(CHANNEL));
        form.chooseByTyping(COUNSELOR, "zw");
        assertEquals("张伟 · Counselor", form.value(COUNSELOR), "a Chinese name by its initials in English too");
    }

    @Test
    void theStaffScreensRoleIsChosenByTypingInItsOpenedList() {
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        StaffPage staff = main.openStaffAdmin();

        staff.typeInNewRole("zg");
        assertTrue(staff.isNewRoleListOpen(), "on a role box typing opens the list: the role chosen is seen");
        staff.pressEnter();
        Wait.until("the role list to close", () -> !staff.isNewRoleListOpen());
        assertEquals("主管", staff.newRole());
        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "李明 · 咨询师 · 在职",
                "张伟 · 咨询师 · 在职"));
        staff.addNamed("陈晨");

        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "李明 · 咨询师 · 在职",
                "张伟 · 咨询师 · 在职", "陈晨 · 主管 · 在职"));
    }
}
