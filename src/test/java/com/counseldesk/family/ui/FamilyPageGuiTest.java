package com.counseldesk.family.ui;

import static com.counseldesk.family.FamilyFixture.COUNSELOR;
import static com.counseldesk.family.FamilyFixture.FRONT_DESK;
import static com.counseldesk.family.FamilyFixture.MANAGER;
import static com.counseldesk.family.FamilyFixture.OTHER_COUNSELOR;
import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.family.FamilyFixture;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.pages.VisitEditPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The family page on screen: opened from the desk's lists, edited in place, its visits corrected or voided. */
class FamilyPageGuiTest extends GuiTest {
    private static final String STUDENT = "学生";
    private FamilyFixture desk;

    /** The typical office with 张子涵's family, who came this morning (李明), and 李小龙's (张伟). */
    private Registration twoFamilies(TestOffice office) {
        desk = FamilyFixture.on(office.db, office.clock);
        office.clock.advance(Duration.ofMinutes(-30));
        Registration zhang = desk.register("138 1234 5678", "张子涵", "王丽", COUNSELOR);
        office.clock.advance(Duration.ofMinutes(10));
        desk.register("139 0000 1111", "李小龙", "李母", OTHER_COUNSELOR);
        office.clock.advance(Duration.ofMinutes(20));
        return zhang;
    }

    @Test
    void aContactRenamedFromTodaysListShowsInTheHistory() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        long mother = desk.card(zhang.householdId()).mainContact().id();
        MainPage main = startAs(office, FRONT_DESK);
        TodayPage today = main.today().select(STUDENT, "张子涵");

        today.press("openFamilyButton");
        FamilyPage page = new FamilyPage(robot(), zhang.householdId());

        Wait.forValue("the header", "张子涵（初二，实验中学）", page::title);
        assertEquals(zh("family.owner", COUNSELOR), page.owner());
        assertEquals(zh("family.channel", "直接上访"), page.channel());
        assertEquals("张子涵 · 女 · 初二 · 实验中学", page.student(zhang.studentId()));
        assertEquals("已来访", page.stage(zhang.studentId()));
        assertEquals("王丽（母亲）", page.contact(mother));
        assertEquals(List.of("张子涵"), FamilyPage.openTabs(robot()));
        assertFalse(page.canReassign(), "the front desk cannot re-assign the owner");
        assertEquals(List.of(), page.history());

        page.renameContact(mother, "王莉");

        Map<String, String> row = page.expectHistoryRow(Map.of("项目", "联系人 王莉 · 姓名"));
        assertEquals(FRONT_DESK, row.get("操作人"));
        assertEquals("王丽 → 王莉", row.get("修改"));
        assertEquals("2026-11-27 10:00", row.get("时间"));
        Wait.forValue("the contact's line", "王莉（母亲）", () -> page.contact(mother));
        Wait.forValue("the parent on today's list", "王莉",
                () -> main.toDesk().today().row(STUDENT, "张子涵").get("家长"));
    }

    @Test
    void aPhoneOfAnotherFamilyIsRefusedBesideTheFieldNamingItsOwner() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        long mother = desk.card(zhang.householdId()).mainContact().id();
        startAs(office, COUNSELOR).today().select(STUDENT, "张子涵").press("openFamilyButton");
        FamilyPage page = new FamilyPage(robot(), zhang.householdId());

        page.addPhone(mother, "139 0000 1111");

        Wait.forValue("the message under the phone", zh("error.phone.taken", OTHER_COUNSELOR),
                () -> page.error("contact-" + mother + "-phone-number"));
        assertEquals(List.of(), page.history());
    }

    @Test
    void aVisitVoidedFromTheTimelineIsMarkedVoidEverywhere() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        MainPage main = startAs(office, COUNSELOR);
        FamilyPage page = main.walkIn().typePhone("138 1234 5678").openFamily(zhang.householdId());
        String visit = zh("timeline.visit");
        page.expectTimelineRow(Map.of("类型", visit, "经办人", COUNSELOR));

        page.selectTimeline("类型", visit);
        assertEquals(zh("visitEdit.open"), page.timelineAction());
        VisitEditPage dialog = page.correctSelectedVisit();
        assertTrue(dialog.summary().contains("张子涵"), dialog.summary());
        dialog.voidRefused();
        assertEquals(zh("error.required"), dialog.error("voidReason"));
        dialog.voidWith("重复登记");

        String voided = zh("family.timeline.voided", visit);
        page.expectTimelineRow(Map.of("类型", voided));
        assertTrue(page.timelineRowStyle("类型", voided).contains("voided"), "struck through");
        Map<String, String> row = page.expectHistoryRow(Map.of("项目", "来访 2026-11-27 09:30 · 状态"));
        assertEquals("等待中 → 已作废", row.get("修改"));
        assertEquals("重复登记", row.get("原因"));
        assertEquals(COUNSELOR, row.get("操作人"));
        Wait.forValue("the status on today's list", "已作废",
                () -> main.toDesk().today().row(STUDENT, "张子涵").get("状态"));
    }

    @Test
    void aVisitVoidedFromTodaysBoardIsMarkedOnTheOpenFamilyPage() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        MainPage main = startAs(office, FRONT_DESK);
        main.today().select(STUDENT, "张子涵").press("openFamilyButton");
        FamilyPage page = new FamilyPage(robot(), zhang.householdId());
        page.expectTimelineRow(Map.of("类型", zh("timeline.visit")));

        TodayPage today = main.toDesk().today().select(STUDENT, "张子涵");
        today.press("editVisitButton");
        new VisitEditPage(robot()).voidWith("登记错了");

        Wait.forValue("the status on today's list", "已作废", () -> today.row(STUDENT, "张子涵").get("状态"));
        assertFalse(today.isButtonEnabled("editVisitButton"), "a void visit cannot be changed again");
        page = main.toFamily(zhang.householdId());
        page.expectTimelineRow(Map.of("类型", zh("family.timeline.voided", zh("timeline.visit"))));
        page.expectHistoryRow(Map.of("原因", "登记错了"));
    }

    @Test
    void oneTabPerHouseholdWhereverItIsOpenedFrom() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        MainPage main = startAs(office, FRONT_DESK);
        main.today().select(STUDENT, "张子涵").press("openFamilyButton");
        new FamilyPage(robot(), zhang.householdId());

        main.toDesk().walkIn().typePhone("138 1234 5678").openFamily(zhang.householdId());
        main.toDesk().today().select(STUDENT, "李小龙").press("openFamilyButton");
        new FamilyPage(robot(), desk.families.findByPhone(Phone.parse("139 0000 1111")).orElseThrow().id());
        main.toDesk().today().select(STUDENT, "张子涵").press("openFamilyButton");

        Wait.forValue("the family tabs", List.of("张子涵", "李小龙"), () -> FamilyPage.openTabs(robot()));
    }

    @Test
    void aManagerReassignsTheOwnerWithAReason() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        startAs(office, MANAGER).today().select(STUDENT, "张子涵").press("openFamilyButton");
        FamilyPage page = new FamilyPage(robot(), zhang.householdId());
        Wait.until("the re-assign button for a manager", page::canReassign);

        page.reassign("张伟 · 咨询师", "李明离职");

        Wait.forValue("the owner", zh("family.owner", OTHER_COUNSELOR), page::owner);
        Map<String, String> row = page.expectHistoryRow(Map.of("项目", "家庭 · 归属咨询师"));
        assertEquals("李明 → 张伟", row.get("修改"));
        assertEquals("李明离职", row.get("原因"));
        assertEquals(MANAGER, row.get("操作人"));
    }

    @Test
    void switchingTheLanguageRewordsThePageAndKeepsAnOpenForm() {
        TestOffice office = typicalOffice();
        Registration zhang = twoFamilies(office);
        long mother = desk.card(zhang.householdId()).mainContact().id();
        MainPage main = startAs(office, FRONT_DESK);
        main.today().select(STUDENT, "张子涵").press("openFamilyButton");
        FamilyPage page = new FamilyPage(robot(), zhang.householdId());
        page.addPhone(mother, "139");

        main = main.switchLanguage("English");

        page = new FamilyPage(robot(), zhang.householdId());
        Wait.forValue("the header in English", "张子涵 (Grade 8, 实验中学)", page::title);
        assertEquals(en("family.owner", COUNSELOR), page.owner());
        assertEquals("张子涵 · Female · Grade 8 · 实验中学", page.student(zhang.studentId()));
        assertEquals("139", page.value("contact-" + mother + "-phone-number"), "what was typed is kept");
        assertEquals(en("error.phone.mobileLength", 3), page.error("contact-" + mother + "-phone-number"));
        assertEquals(List.of("张子涵"), FamilyPage.openTabs(robot()));
    }
}
