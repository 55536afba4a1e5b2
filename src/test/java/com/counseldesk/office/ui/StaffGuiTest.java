package com.counseldesk.office.ui;

import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.LoginPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.StaffPage;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffGuiTest extends GuiTest {
    private static final String NAME = zh("staffAdmin.name");
    private static final String PERSON = zh("staffAdmin.history.person");
    private static final String WHAT = zh("staffAdmin.history.what");

    @Test
    void aManagerAddsRenamesChangesARoleAndSeesTheHistory() {
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        assertTrue(main.offersStaffAdmin());
        StaffPage staff = main.openStaffAdmin();
        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "李明 · 咨询师 · 在职",
                "张伟 · 咨询师 · 在职"));
        assertEquals(4, staff.history().size(), "the first staff, entered at first run");
        assertEquals(zh("staffAdmin.history.firstRun"), staff.history().get(0).get(zh("staffAdmin.history.by")));

        // Enter in the name field adds the person, with the role chosen.
        staff.add(" 陈晨 ", "前台");
        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "李明 · 咨询师 · 在职",
                "张伟 · 咨询师 · 在职", "陈晨 · 前台 · 在职"));
        staff.expectLatestChange("陈晨", zh("staffAdmin.history.created", "陈晨 · 前台"), PERSON, WHAT);
        assertEquals("", staff.newName(), "the form is ready for the next person");
        assertEquals(TestOffice.MANAGER, staff.history().get(0).get(zh("staffAdmin.history.by")));

        staff.select("陈晨", NAME).edit("陈晨晨", "咨询师");
        staff.expectLatestChange("陈晨晨", zh("staffAdmin.history.role", "前台", "咨询师"), PERSON, WHAT);
        assertEquals(zh("staffAdmin.history.name", "陈晨", "陈晨晨"), staff.history().get(1).get(WHAT));
        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "李明 · 咨询师 · 在职",
                "张伟 · 咨询师 · 在职", "陈晨晨 · 咨询师 · 在职"));
    }

    @Test
    void aDeactivatedPersonLeavesTheLoginAndCanComeBack() {
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        StaffPage staff = main.openStaffAdmin().select(TestOffice.COUNSELOR, NAME);
        assertEquals(zh("staffAdmin.deactivate"), staff.toggleActiveButton());

        staff.clickToggleActive();
        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "张伟 · 咨询师 · 在职",
                "李明 · 咨询师 · 已停用"));
        staff.expectLatestChange(TestOffice.COUNSELOR, zh("staffAdmin.history.deactivated"), PERSON, WHAT);
        assertEquals(zh("staffAdmin.reactivate"), staff.toggleActiveButton());
        WalkInPage desk = main.toDesk().walkIn();
        Wait.until("the desk's counselor choices without 李明 (" + desk.counselorChoices() + ")",
                () -> desk.counselorChoices().stream().noneMatch(c -> c.startsWith("李明")));
        assertTrue(desk.counselorChoices().stream().anyMatch(c -> c.startsWith("张伟")));

        LoginPage login = main.switchUser();
        login.expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "张伟 · 咨询师"));

        staff = login.enterAs(TestOffice.MANAGER).openStaffAdmin().select(TestOffice.COUNSELOR, NAME);
        staff.clickToggleActive();
        staff.expectLatestChange(TestOffice.COUNSELOR, zh("staffAdmin.history.reactivated"), PERSON, WHAT);
        new MainPage(robot()).switchUser()
                .expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师"));
    }

    @Test
    void everyWrongInputGetsItsMessageBesideTheField() {
        StaffPage staff = startAs(typicalOffice(), TestOffice.MANAGER).openStaffAdmin();
        staff.expectStaff(List.of("王芳 · 前台 · 在职", "赵丽 · 主管 · 在职", "李明 · 咨询师 · 在职",
                "张伟 · 咨询师 · 在职"));

        staff.clickAdd().expectNewNameError(zh("error.required"));
        staff.add("李明", "咨询师").expectNewNameError(zh("error.staff.duplicate", "李明"));

        staff.select("张伟", NAME);
        staff.edit("李明", "咨询师").expectEditNameError(zh("error.staff.duplicate", "李明"));

        staff.select(TestOffice.MANAGER, NAME);
        assertTrue(staff.showsSelfHint());
        staff.clickToggleActive().expectActiveError(zh("error.staff.deactivateSelf"));
        assertEquals(4, staff.staff().size(), "nothing changed");
    }

    @Test
    void theStaffScreenIsForAManagerOrForAnyoneWhileThereIsNone() {
        TestOffice office = typicalOffice();
        MainPage desk = startAs(office, TestOffice.FRONT_DESK);
        assertFalse(desk.offersStaffAdmin());

        office.deactivate(TestOffice.MANAGER);
        MainPage again = desk.switchUser().enterAs(TestOffice.FRONT_DESK);
        assertTrue(again.offersStaffAdmin(), "with no active manager the office is not locked out");
        again.openStaffAdmin().add("周杰", "主管")
                .expectLatestChange("周杰", zh("staffAdmin.history.created", "周杰 · 主管"), PERSON, WHAT);
    }

    @Test
    void theScreenSpeaksEnglishAndKeepsWhatWasTyped() {
        MainPage main = startAs(typicalOffice(), TestOffice.MANAGER);
        StaffPage staff = main.openStaffAdmin();
        staff.select("张伟", NAME);
        main.switchLanguage("English");

        StaffPage english = new StaffPage(robot());
        assertEquals(List.of(en("staffAdmin.name"), en("staffAdmin.role"), en("staffAdmin.status")),
                english.headers());
        english.expectStaff(List.of("王芳 · Front desk · Active", "赵丽 · Manager · Active",
                "李明 · Counselor · Active", "张伟 · Counselor · Active"));
        assertEquals("张伟", english.selectedTitle());
        assertEquals(en("staffAdmin.deactivate"), english.toggleActiveButton());
    }
}
