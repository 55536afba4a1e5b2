package com.counseldesk.hotline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.AppointmentStatus;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.pages.AppointmentsPage;
import com.counseldesk.pages.CallPage;
import com.counseldesk.pages.ConfirmPage;
import com.counseldesk.pages.DutyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.NotificationPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.VisitRow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The hotline as people use it: a counselor logs an inbound call for a new family and books a visit;
 * the family is expected at the desk and arrives there (the visit registered with channel 邀约上访 and
 * the inviting counselor); a call from a known number shows whose family it is; the duty indicator
 * moves on, on this PC and when another PC's service takes a call; the manager sets the day's order;
 * the appointments are listed and a family is reminded half an hour before.
 */
class HotlineGuiTest extends GuiTest {
    private static final I18n ZH = new I18n(I18n.CHINESE);
    private TestOffice office;

    private DutyService duty() {
        return new DutyService(office.db, office.clock, office.office);
    }

    private void order(String... names) {
        duty().setOrder(office.staffId(TestOffice.MANAGER), java.util.Arrays.stream(names).map(office::staffId)
                .toList());
    }

    private String today() {
        return office.clock.localNow().toLocalDate().toString();
    }

    @Test
    void anInboundCallForANewFamilyBooksAVisitThatIsExpectedAndArrivesAtTheDesk() {
        office = typicalOffice();
        order(TestOffice.COUNSELOR, TestOffice.OTHER_COUNSELOR);
        MainPage main = startAs(office, TestOffice.COUNSELOR);
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.COUNSELOR));

        CallPage call = main.pickUpCall();
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.OTHER_COUNSELOR));
        call.typeText("139 0000 2222");
        call.tabTo(CallPage.STUDENT);
        call.typeText("王小明");
        call.tabTo(CallPage.GENDER);
        call.choose("nan", ZH.t("gender.MALE"));
        call.tabTo(CallPage.GRADE);
        call.choose("ce", ZH.t("grade.J2"));
        call.tabTo(CallPage.SCHOOL);
        call.typeText("实验中学");
        call.tabTo(CallPage.PARENT);
        call.typeText("王妈妈");
        call.tabTo(CallPage.RELATION);
        call.choose("mq", ZH.t("relation.MOTHER"));
        call.tabTo(CallPage.DISTRICT);
        call.typeText("朝阳区");
        call.tabTo(CallPage.ATTITUDE);
        call.typeText("比较被动");
        call.tabTo(CallPage.NEEDS);
        call.typeText("数学提分");
        call.tabTo(CallPage.SUMMARY);
        call.typeText("期中数学 78 分，想周末补课");
        call.tabTo(CallPage.OUTCOME);
        assertFalse(call.isFieldShown(CallPage.OFFER_TIME), "no booking before the outcome says so");
        call.choose("yy", ZH.t("callOutcome.BOOKED"));
        call.tabTo(CallPage.OFFER_DAY);
        call.typeText(today());
        call.tabTo(CallPage.OFFER_TIME);
        call.typeText("15:00");
        call.saveWithCtrlEnter();
        call.expectStatus(ZH.t("hotline.call.saved", ZH.t("hotline.call.saved.new", TestOffice.COUNSELOR),
                ZH.t("callOutcome.BOOKED")));
        call.expectFocus(CallPage.PHONE);

        TodayPage desk = main.today();
        String student = ZH.t("today.col.student");
        desk.expectExpected(student, List.of("王小明"));
        Map<String, String> expected = desk.expected().get(0);
        assertEquals("15:00", expected.get(ZH.t("today.expected.col.at")));
        assertEquals(TestOffice.COUNSELOR, expected.get(ZH.t("today.col.counselor")));

        desk.arrivedWithEnter(student, "王小明");
        desk.expectExpected(student, List.of());
        Map<String, String> arrived = desk.row(student, "王小明");
        assertEquals(ZH.t("channel.INVITED"), arrived.get(ZH.t("today.col.channel")));
        assertEquals(TestOffice.COUNSELOR, arrived.get(ZH.t("today.col.counselor")));
        VisitRow visit = office.visits.today().get(0);
        assertEquals(Channel.INVITED, visit.channel());
        assertEquals(office.staffId(TestOffice.COUNSELOR), visit.counselorId());
    }

    @Test
    void aCallFromAKnownNumberShowsTheFamilyAndWhoseItIs() {
        office = typicalOffice();
        office.register(office.walkIn(TestOffice.OTHER_COUNSELOR).phone("138 1234 5678").student("张子涵"));
        MainPage main = startAs(office, TestOffice.COUNSELOR);

        CallPage call = main.pickUpCall();
        call.typeText("138 1234 5678");
        call.expectHouseholdShowing("张子涵");
        assertTrue(call.household().contains(TestOffice.OTHER_COUNSELOR), call.household());
        assertEquals(ZH.t("hotline.call.othersFamily", TestOffice.OTHER_COUNSELOR), call.ownerNotice());

        call.tabToField(CallPage.OUTCOME);
        call.choose("my", ZH.t("callOutcome.NOT_INTERESTED"));
        call.pressEnter();
        call.expectStatus(ZH.t("hotline.call.saved", ZH.t("hotline.call.saved.other", TestOffice.OTHER_COUNSELOR),
                ZH.t("callOutcome.NOT_INTERESTED")));
    }

    @Test
    void theCallFormSuggestsFamiliesAfterFourDigitsAsTheDeskDoes() {
        office = typicalOffice();
        office.register(office.walkIn(TestOffice.OTHER_COUNSELOR).phone("138 1234 5678").student("张子涵"));
        office.register(office.walkIn(TestOffice.COUNSELOR).phone("138 1299 0000").student("李雷"));
        MainPage main = startAs(office, TestOffice.COUNSELOR);

        CallPage call = main.pickUpCall();
        call.typeText("1381");
        call.expectSuggestions(2);
        assertEquals("", call.household(), "no household before the number is complete or one is taken");
        call.press(KeyCode.DOWN);
        call.press(KeyCode.DOWN);
        String chosen = call.highlightedSuggestion();
        assertTrue(chosen.contains("李雷") || chosen.contains("张子涵"), chosen);
        call.pressEnter();

        String student = chosen.contains("李雷") ? "李雷" : "张子涵";
        call.expectHouseholdShowing(student);
        call.expectFocus(CallPage.PHONE);
        assertEquals("", call.status(), "Enter on a suggestion takes it and does not save");
        call.expectSuggestions(0);
    }

    @Test
    void closingTheCallTabWithItsCrossAsksBeforeATypedCallIsLost() {
        office = typicalOffice();
        MainPage main = startAs(office, TestOffice.COUNSELOR);
        CallPage call = main.pickUpCall();
        call.typeText("139 0000 3333");
        String tab = ZH.t("hotline.call.tab");

        main.clickCloseOfTab(CallScreen.KEY);
        ConfirmPage ask = new ConfirmPage(robot());
        assertEquals(ZH.t("hotline.call.discard"), ask.message());
        ask.cancel();
        assertTrue(main.tabs().contains(tab), "the call stays: " + main.tabs());
        assertEquals("139 0000 3333", call.value(CallPage.PHONE));

        main.clickCloseOfTab(CallScreen.KEY);
        new ConfirmPage(robot()).confirm();
        Wait.until("the call's tab to close", () -> !main.tabs().contains(tab));
    }

    @Test
    void theIndicatorMovesOnHereAndWhenAnotherPcTakesACall() {
        office = typicalOffice();
        order(TestOffice.COUNSELOR, TestOffice.OTHER_COUNSELOR);
        MainPage main = startAs(office, TestOffice.COUNSELOR);
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.COUNSELOR));

        // Another PC on the same database takes calls: the indicator here follows at once.
        DutyService otherPc = duty();
        otherPc.answer(office.staffId(TestOffice.COUNSELOR));
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.OTHER_COUNSELOR));
        otherPc.answer(office.staffId(TestOffice.OTHER_COUNSELOR));
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.COUNSELOR));
        // Away at their turn: skipped; back, the turn is theirs again.
        otherPc.setAbsent(office.staffId(TestOffice.MANAGER), office.staffId(TestOffice.COUNSELOR), true);
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.OTHER_COUNSELOR));
        otherPc.setAbsent(office.staffId(TestOffice.MANAGER), office.staffId(TestOffice.COUNSELOR), false);
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.COUNSELOR));

        // This PC picks up (F2): 李明 answers, and an advert uses the turn all the same.
        CallPage call = main.pickUpCall();
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.OTHER_COUNSELOR));
        call.typeText("139 0000 8888");
        call.tabToField(CallPage.OUTCOME);
        call.choose("fk", ZH.t("callOutcome.NOT_CLIENT"));
        call.saveWithCtrlEnter();
        call.expectStatus(ZH.t("hotline.call.saved", ZH.t("hotline.call.saved.noFamily"),
                ZH.t("callOutcome.NOT_CLIENT")));
    }

    @Test
    void theManagerSetsTheDaysOrderAndMarksACounselorAway() {
        office = typicalOffice();
        MainPage main = startAs(office, TestOffice.MANAGER);
        main.expectDutyIndicator(ZH.t("hotline.duty.next.none"));
        DutyPage duty = main.duty();
        String name = ZH.t("hotline.duty.col.name");
        // Proposed: every active counselor and manager, as the office lists them.
        duty.expectNames(name, List.of(TestOffice.MANAGER, TestOffice.COUNSELOR, TestOffice.OTHER_COUNSELOR));

        duty.intoOrder();
        duty.move(KeyCode.DOWN);
        duty.expectNames(name, List.of(TestOffice.COUNSELOR, TestOffice.MANAGER, TestOffice.OTHER_COUNSELOR));
        duty.saveOrder();
        duty.expectMessage(ZH.t("hotline.duty.saved"));
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.COUNSELOR));

        // 赵丽, moved down, is still the chosen line: back up.
        duty.move(KeyCode.UP);
        duty.expectNames(name, List.of(TestOffice.MANAGER, TestOffice.COUNSELOR, TestOffice.OTHER_COUNSELOR));
        duty.saveOrder();
        duty.expectMessage(ZH.t("hotline.duty.saved"));
        // Rearranged mid-day, the next call stays with whoever it was offered to.
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.COUNSELOR));

        duty.press(KeyCode.DOWN);
        duty.awayOrBack();
        duty.expectMessage(ZH.t("hotline.duty.away", TestOffice.COUNSELOR));
        main.expectDutyIndicator(ZH.t("hotline.duty.next", TestOffice.OTHER_COUNSELOR));

        duty().answer(office.staffId(TestOffice.OTHER_COUNSELOR));
        Wait.until("the month's count shows 张伟's call", () -> duty.month().stream().anyMatch(r ->
                TestOffice.OTHER_COUNSELOR.equals(r.get(name)) && "1".equals(r.get(ZH.t("turnKind.TAKEN")))));
    }

    @Test
    void theAppointmentsAreListedAndTheFamilyIsRemindedHalfAnHourBefore() {
        office = typicalOffice();
        var r = office.register(office.walkIn(TestOffice.COUNSELOR).phone("138 1111 2222").student("李同学"));
        office.visits.setStatus(r.visitId(), com.counseldesk.walkin.VisitStatus.LEFT);
        AppointmentService appointments = new AppointmentService(office.db, office.clock, office.families,
                office.office, office.walkIns);
        LocalDate day = office.clock.localNow().toLocalDate();
        appointments.book(office.staffId(TestOffice.COUNSELOR), r.householdId(),
                Booking.at(day.atTime(11, 0)), true);
        MainPage main = startAs(office, TestOffice.COUNSELOR);

        AppointmentsPage list = main.appointments();
        list.expectRows(1);
        assertEquals("李同学", list.rows().get(0).get(ZH.t("today.col.student")));
        assertEquals(ZH.t("appointmentStatus.BOOKED"), list.rows().get(0).get(ZH.t("today.col.status")));

        NotificationPage notices = new NotificationPage(robot());
        app.tick();
        app.settle();
        assertEquals(List.of(), notices.shown(), "an hour before: nothing yet");
        office.clock.advance(Duration.ofMinutes(31));
        app.tick();
        Wait.until("the reminder", () -> notices.shown().stream().anyMatch(n -> n.contains("李同学")));
        assertTrue(notices.shown().get(0).startsWith(ZH.t("hotline.reminder.title")));

        list.select(ZH.t("today.col.student"), "李同学").pressButton("appointmentRemindedButton");
        list.expectMessage(ZH.t("hotline.appointments.remindedDone", "李同学"));
        list.pressButton("appointmentArrivedButton");
        list.expectMessage(ZH.t("hotline.appointments.arrived", "李同学", TestOffice.COUNSELOR));
        Wait.forValue("the appointment arrived", ZH.t("appointmentStatus.ARRIVED"),
                () -> list.rows().get(0).get(ZH.t("today.col.status")));
        assertEquals(AppointmentStatus.ARRIVED, appointments.on(day, null).get(0).status());
    }
}
