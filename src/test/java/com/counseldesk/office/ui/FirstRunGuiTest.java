package com.counseldesk.office.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.FirstRunPage;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A new, empty database opens on the first-run screen; the office is named, or the sample is tried. */
class FirstRunGuiTest extends GuiTest {

    @Test
    void officeWithItsStaffIsCreatedAndTheLoginScreenListsThem() {
        TestOffice office = TestOffice.empty(folder);
        start(office);
        FirstRunPage firstRun = new FirstRunPage(robot());
        assertEquals(zh("firstRun.title"), firstRun.title());
        firstRun.expectFocus("officeNameField");

        firstRun.createRefused();
        assertEquals(zh("error.required"), firstRun.officeNameError());
        assertEquals(zh("error.staff.none"), firstRun.staffError());

        firstRun.officeName("阳光教育 · 东城校区")
                .addStaff("周敏", "前台")
                .addStaff("李老师", "咨询师")
                .expectStaff(List.of("周敏 · 前台", "李老师 · 咨询师"));
        // Enter in the name field adds the person and nothing else: the office is not created yet.
        assertEquals("", firstRun.staffError());
        assertEquals("", firstRun.officeNameError());

        LoginPage login = firstRun.create();
        login.expectStaff(List.of("周敏 · 前台", "李老师 · 咨询师"));
        assertEquals("阳光教育 · 东城校区", login.officeName());
        assertEquals(zh("login.question"), login.question());
        assertEquals("阳光教育 · 东城校区", office.office.officeName());
        assertEquals(2, office.count("staff"));
        assertEquals(0, office.count("household"));
    }

    @Test
    void keysInTheStaffRowAddThePersonAndNeverCreateTheOffice() {
        TestOffice office = TestOffice.empty(folder);
        start(office);
        FirstRunPage firstRun = new FirstRunPage(robot());
        firstRun.officeName("东城校区");
        firstRun.pressEnter();
        firstRun.expectFocus("staffNameField");

        firstRun.typeStaffName("周敏");
        firstRun.tabTo("staffRoleBox");
        assertEquals("咨询师", firstRun.role());
        // ↓ opens the list instead of changing the role unseen.
        firstRun.press(KeyCode.DOWN);
        Wait.until("the role list to open", firstRun::roleListShown);
        assertEquals("咨询师", firstRun.role());
        firstRun.press(KeyCode.ESCAPE);
        Wait.until("the role list to close", () -> !firstRun.roleListShown());
        assertEquals("咨询师", firstRun.role());

        // Enter on the role box adds the row as shown, and the office is not created.
        firstRun.pressEnter();
        firstRun.expectStaff(List.of("周敏 · 咨询师"));
        firstRun.expectFocus("staffNameField");
        assertTrue(firstRun.asksForTheOffice());
        assertEquals(0, office.count("staff"));

        firstRun.typeStaffName("李老师");
        firstRun.pressEnter();
        firstRun.expectStaff(List.of("周敏 · 咨询师", "李老师 · 咨询师"));
        assertEquals(0, office.count("staff"));
        assertEquals(zh("firstRun.create.hint"), firstRun.createHint());

        LoginPage login = firstRun.createByShortcut();
        login.expectStaff(List.of("周敏 · 咨询师", "李老师 · 咨询师"));
        assertEquals(2, office.count("staff"));
    }

    @Test
    void sampleOfficeCanBeTriedAtOnce() {
        TestOffice office = TestOffice.empty(folder);
        start(office);

        LoginPage login = new FirstRunPage(robot()).useSample();

        login.expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师", "刘洋 · 咨询师",
                "陈静 · 咨询师"));
        assertEquals(SampleOffice.OFFICE_NAME, login.officeName());
        assertEquals(SampleOffice.DEFAULT_FAMILIES, office.count("household"));
        login.enterAs("李明").walkIn();
    }
}
