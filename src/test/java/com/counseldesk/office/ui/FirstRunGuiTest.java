package com.counseldesk.office.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.pages.FirstRunPage;
import com.counseldesk.pages.LoginPage;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import java.util.List;
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
    void sampleOfficeCanBeTriedAtOnce() {
        TestOffice office = TestOffice.empty(folder);
        start(office);

        LoginPage login = new FirstRunPage(robot()).useSample();

        login.expectStaff(List.of("王芳 · 前台", "赵丽 · 主管", "李明 · 咨询师", "张伟 · 咨询师", "刘洋 · 咨询师",
                "陈静 · 咨询师"));
        assertEquals(SampleOffice.OFFICE_NAME, login.officeName());
        assertEquals(SampleOffice.DEFAULT_FAMILIES, office.count("household"));
        login.clickIn("李明").walkIn();
    }
}
