package com.counseldesk.consult.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.consult.FollowUp;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.FollowUpPage;
import com.counseldesk.pages.FollowUpResultPage;
import com.counseldesk.pages.KeyHelpPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.NotificationPage;
import com.counseldesk.pages.Page;
import com.counseldesk.pages.StartPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Follow-ups on screen: planned from a family page or today's board, made from the start page, announced when due. */
class FollowUpGuiTest extends GuiTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final String STUDENT = "学生";
    private static final String PURPOSE = "回访目的";

    private TestOffice office;

    /** The typical office with 张子涵's family, who came at 9:30 for 李明 and is still waiting. */
    private Registration zhangZihan() {
        office = typicalOffice();
        office.clock.set(FRIDAY.atTime(9, 30));
        Registration r = office.register(office.walkIn(LI_MING).phone("138 1234 5678").student("张子涵"));
        office.clock.set(FRIDAY.atTime(10, 0));
        return r;
    }

    private FollowUpService followUps() {
        return new FollowUpService(office.db, office.clock, office.families, office.office, office.visits);
    }

    @Test
    void aFollowUpPlannedOnTheFamilyPageIsOnTomorrowsStartPage() {
        Registration r = zhangZihan();
        MainPage main = startAs(office, LI_MING);
        assertEquals(List.of(zh("tab.start"), zh("tab.walkin")), main.tabs());
        assertEquals(zh("tab.start"), main.selectedTab(), "a counselor starts on the start page");
        StartPage start = main.startPage().expectTitle(zh("start.title", "2026-11-27"));
        start.expectColumn(StartPage.HERE, STUDENT, List.of("张子涵"));
        start.expectColumn(StartPage.UNPLANNED, STUDENT, List.of("张子涵"));

        FamilyPage family = start.openWithEnter(StartPage.HERE, STUDENT, "张子涵", r.householdId());
        Wait.forValue("the follow-ups' title", zh("followUp.open", 0), family::followUpsTitle);
        FollowUpPage plan = family.planFollowUp();
        assertEquals("2026-11-28", plan.day(), "tomorrow is proposed");
        assertEquals("李明 · 咨询师", plan.owner());
        assertFalse(plan.choosesOwner(), "a counselor plans their own family's follow-ups");
        assertEquals(zh("followUp.wholeFamily"), plan.whom());

        plan.day("2026/11/26").saveRefused("Day");
        assertEquals(zh("error.followUp.dayPast"), plan.error("Day"));
        assertEquals(zh("error.required"), plan.error("Purpose"));
        plan.day("2026-13-01");
        Wait.forValue("the day's message", zh("error.followUp.dayFormat"), () -> plan.error("Day"));
        plan.day("2026/11/27").time("9:15");
        Wait.forValue("the time's message", zh("error.followUp.timePast"), () -> plan.error("Time"));
        plan.time("25:00");
        Wait.forValue("the time's message", zh("error.followUp.timeFormat"), () -> plan.error("Time"));
        plan.purpose("很".repeat(FollowUpPlan.PURPOSE_MAX + 1));
        Wait.forValue("the purpose's message", zh("error.tooLong", FollowUpPlan.PURPOSE_MAX),
                () -> plan.error("Purpose"));

        plan.day("2026/11/28").time("").purpose("确认试听时间");
        plan.saveWithEnter();

        family.expectFollowUp(Map.of("时间", "2026-11-28", "目的", "确认试听时间", "负责", LI_MING));
        family.expectTimelineRow(Map.of("类型", zh("timeline.followUp.planned"),
                "内容", "2026-11-28 · 张子涵 · 确认试听时间 · 负责 李明"));
        start = main.startPage().expectColumn(StartPage.UNPLANNED, STUDENT, List.of());

        office.clock.set(FRIDAY.plusDays(1).atTime(8, 30));
        app.tick();

        start.expectTitle(zh("start.title", "2026-11-28"));
        start.expectColumn(StartPage.DUE, PURPOSE, List.of("确认试听时间"));
        Map<String, String> row = start.rows(StartPage.DUE).get(0);
        assertEquals("张子涵", row.get(STUDENT));
        assertEquals("王丽", row.get("家长"));
        assertEquals("138 1234 5678", row.get("电话"));
        assertEquals(zh("start.anyTime"), row.get("时间"));
        assertEquals(zh("start.dueToday", "1"), start.titleOf(StartPage.DUE));
        assertEquals(List.of(), start.rows(StartPage.HERE), "yesterday's visitors are not here now");
    }

    @Test
    void aResultIsRecordedFromTheStartPageWithTheNextFollowUp() {
        Registration r = zhangZihan();
        followUps().schedule(office.staff(LI_MING).id(), r.householdId(), r.studentId(), null,
                new FollowUpPlan(FRIDAY, LocalTime.of(11, 0), "确认试听时间"));
        MainPage main = startAs(office, LI_MING);
        StartPage start = main.startPage();
        start.expectColumn(StartPage.DUE, "时间", List.of("11:00"));

        FollowUpResultPage result = start.recordResult(StartPage.DUE, STUDENT, "张子涵");
        assertEquals("2026-11-27 11:00 · 张子涵 · 王丽 138 1234 5678 · 确认试听时间", result.summary());
        result.result("wj", zh("followUpResult.NOT_REACHED"));
        assertTrue(result.asksForTheNext(), "not reached needs the next follow-up");
        assertEquals("2026-11-28", result.nextDay());
        assertEquals("确认试听时间", result.nextPurpose(), "the same purpose is proposed");
        result.nextDay("2026-11-26").saveRefused("nextDay");
        assertEquals(zh("error.followUp.dayPast"), result.error("nextDay"));

        result.note("响了没人接").nextDay("2026/11/29").nextTime("14:30").save();

        start.expectColumn(StartPage.DUE, STUDENT, List.of());
        assertEquals(zh("start.dueToday", "0"), start.titleOf(StartPage.DUE));
        FamilyPage family = main.find().search("张子涵").pressDown().openWithEnter(r.householdId());
        family.expectFollowUp(Map.of("时间", "2026-11-29 14:30", "对象", "张子涵", "目的", "确认试听时间"));
        assertEquals(1, family.followUps().size(), "the one made is no longer open");
        family.expectTimelineRow(Map.of("类型", zh("timeline.followUp.done"), "内容", "未接通 · 响了没人接（确认试听时间）",
                "经办人", LI_MING));
    }

    @Test
    void aFollowUpWithATimeIsAnnouncedOnceWhenItFallsDue() {
        Registration r = zhangZihan();
        FollowUp f = followUps().schedule(office.staff(LI_MING).id(), r.householdId(), null, null,
                new FollowUpPlan(FRIDAY, LocalTime.of(10, 30), "约周六试听"));
        MainPage main = startAs(office, LI_MING);
        main.startPage().expectColumn(StartPage.DUE, PURPOSE, List.of("约周六试听"));
        NotificationPage notices = new NotificationPage(robot());
        app.tick();
        app.settle();
        assertEquals(List.of(), notices.shown(), "not due yet");

        office.clock.set(FRIDAY.atTime(10, 30));
        app.tick();

        String expected = zh("followUp.notice.title") + ": "
                + zh("followUp.notice.text", "10:30", "张子涵", "王丽", "138 1234 5678", "约周六试听");
        Wait.forValue("the notification", List.of(expected), notices::shown);
        office.clock.set(FRIDAY.atTime(10, 45));
        app.tick();
        app.settle();
        assertEquals(List.of(expected), notices.shown(), "announced once");
        assertTrue(f.id() > 0);
    }

    @Test
    void aVisitorLeavingWithoutSigningGetsAFollowUpFromTodaysBoard() {
        Registration r = zhangZihan();
        MainPage main = startAs(office, LI_MING);
        TodayPage today = main.today().select(STUDENT, "张子涵");

        FollowUpPage plan = today.planFollowUp();
        assertEquals("张子涵", plan.whom(), "the student who came");
        plan.day("2026-11-30").time("19:00").purpose("考虑两天后回复").save();

        StartPage start = main.startPage();
        start.expectColumn(StartPage.UNPLANNED, STUDENT, List.of());
        FamilyPage family = start.openWithEnter(StartPage.HERE, STUDENT, "张子涵", r.householdId());
        family.expectFollowUp(Map.of("时间", "2026-11-30 19:00", "对象", "张子涵", "目的", "考虑两天后回复"));
    }

    @Test
    void theStartPageIsWorkedFromTheKeyboardAndF1ListsItsKeys() {
        Registration r = zhangZihan();
        followUps().schedule(office.staff(LI_MING).id(), r.householdId(), null, null,
                new FollowUpPlan(FRIDAY, null, "确认试听时间"));
        int mouseBefore = Page.mouseActions();
        StartPage start = startAs(office, LI_MING).startPage();
        start.expectColumn(StartPage.DUE, PURPOSE, List.of("确认试听时间"));
        start.expectFocus(StartPage.DUE);

        KeyHelpPage keys = start.pressF1();
        assertEquals(zh("keys.area.start"), keys.titles().get(0), "the start page's keys first");
        assertEquals("Enter  " + zh("keys.start.open"), keys.sections().get(zh("keys.area.start")).get(0));
        keys.closeWithEscape();

        start.expectFocus(StartPage.DUE);
        start.pressEnter();
        FamilyPage family = new FamilyPage(robot(), r.householdId());
        family.expectFollowUp(Map.of("目的", "确认试听时间"));
        assertEquals(0, Page.mouseActions() - mouseBefore, "no mouse needed");
    }

    @Test
    void theDeskHasNoStartPageAndNoFollowUps() {
        Registration r = zhangZihan();
        MainPage main = startAs(office, TestOffice.FRONT_DESK);

        assertEquals(List.of(zh("tab.walkin")), main.tabs());
        TodayPage today = main.today().select(STUDENT, "张子涵");
        assertFalse(today.offersFollowUp());
        today.press("openFamilyButton");
        FamilyPage family = new FamilyPage(robot(), r.householdId());
        Wait.forValue("the header", "张子涵（初二，实验中学）", family::title);
        app.settle();
        assertFalse(family.showsFollowUps());
    }

    @Test
    void anotherCounselorDoesNotSeeTheFamilysFollowUpsAndTheManagerSeesEveryonesOverdue() {
        Registration r = zhangZihan();
        Registration other = office.register(office.walkIn(TestOffice.OTHER_COUNSELOR).phone("139 0000 1111")
                .student("李小龙").parent("李母"));
        followUps().schedule(office.staff(LI_MING).id(), r.householdId(), null, null,
                new FollowUpPlan(FRIDAY, null, "李明的回访"));
        followUps().schedule(office.staff(TestOffice.OTHER_COUNSELOR).id(), other.householdId(), null, null,
                new FollowUpPlan(FRIDAY, LocalTime.of(16, 0), "张伟的回访"));
        office.clock.set(LocalDateTime.of(FRIDAY.plusDays(2), LocalTime.of(9, 0)));

        MainPage main = startAs(office, TestOffice.OTHER_COUNSELOR);
        main.startPage().expectColumn(StartPage.OVERDUE, PURPOSE, List.of("张伟的回访"));
        FamilyPage family = main.find().search("张子涵").pressDown().openWithEnter(r.householdId());
        Wait.forValue("the header", "张子涵（初二，实验中学）", family::title);
        app.settle();
        assertFalse(family.showsFollowUps(), "李明's family: 张伟 sees only its owner and last contact");

        StartPage manager = main.switchUser().enterAs(TestOffice.MANAGER).startPage();
        manager.expectColumn(StartPage.OVERDUE, PURPOSE, List.of("李明的回访", "张伟的回访"));
        assertEquals(zh("start.overdue.everyone", "2"), manager.titleOf(StartPage.OVERDUE));
        assertTrue(manager.showsOwners());
        assertEquals(List.of(LI_MING, TestOffice.OTHER_COUNSELOR),
                manager.rows(StartPage.OVERDUE).stream().map(row -> row.get("负责")).toList());
        assertEquals(List.of("2026-11-27", "2026-11-27 16:00"),
                manager.rows(StartPage.OVERDUE).stream().map(row -> row.get("时间")).toList());
    }
}
