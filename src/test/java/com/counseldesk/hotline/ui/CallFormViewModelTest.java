package com.counseldesk.hotline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.Notice.Kind;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Subject;
import com.counseldesk.hotline.AppointmentRow;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.BringItem;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallRow;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.hotline.TurnKind;
import com.counseldesk.hotline.TurnRow;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call form's rules: what is required, the booking's times, the timer, the duty turn, whose family it is. */
class CallFormViewModelTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private DutyService duty;
    private AppointmentService appointments;
    private CallService calls;
    private FollowUpService followUps;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private long liMing;
    private long zhangWei;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        duty = new DutyService(t.db, t.clock, t.office);
        appointments = new AppointmentService(t.db, t.clock, t.families, t.office, t.walkIns);
        followUps = new FollowUpService(t.db, t.clock, t.families, t.office, t.visits);
        calls = new CallService(t.db, t.clock, t.families, t.office, duty, appointments, followUps);
        liMing = t.staffId(TestOffice.COUNSELOR);
        zhangWei = t.staffId(TestOffice.OTHER_COUNSELOR);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private CallFormViewModel form(String who) {
        CallFormViewModel vm = new CallFormViewModel(calls, duty, appointments, t.families, Background.direct(),
                dialogs, t.staff(who), t.clock);
        vm.setCounselors(t.office.counselors());
        return vm;
    }

    /** Two messages read the same (in Chinese, arguments and nested messages put into words). */
    private static void assertMsg(Msg expected, Msg actual) {
        I18n zh = new I18n(I18n.CHINESE);
        assertEquals(expected == null ? null : expected.key() + ": " + zh.t(expected),
                actual == null ? null : actual.key() + ": " + zh.t(actual));
    }

    private LocalDate tomorrow() {
        return t.clock.localNow().toLocalDate().plusDays(1);
    }

    @Test
    void aCallIsSavedWithOnlyAPhoneAndAnOutcome() {
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        assertNull(vm.error(Phone.FIELD).get(), "a fresh form is not red all over");

        assertFalse(vm.save());
        assertMsg(new Msg("error.required"), vm.error(Phone.FIELD).get());
        assertMsg(new Msg("error.call.outcome"), vm.error(NewCall.OUTCOME).get());
        assertEquals(Phone.FIELD, vm.fieldToFixProperty().get());
        assertEquals(Kind.ERROR, vm.statusKindProperty().get());

        vm.phoneProperty().set("139 0000 1111");
        vm.outcomeProperty().set(CallOutcome.NOT_CLIENT);
        assertTrue(vm.save());

        List<CallRow> logged = calls.on(t.clock.localNow().toLocalDate(), null);
        assertEquals(1, logged.size());
        assertEquals(CallOutcome.NOT_CLIENT, logged.get(0).outcome());
        assertNull(logged.get(0).householdId(), "an advert's number makes no family");
        assertMsg(new Msg("hotline.call.saved", new Msg("hotline.call.saved.noFamily"), CallOutcome.NOT_CLIENT),
                vm.statusProperty().get());
        assertEquals("", vm.phoneProperty().get(), "the form is empty for the next call");
        assertNull(vm.outcomeProperty().get());
    }

    @Test
    void aCallPickedUpWithF2ThatTheCounselorMakesGivesTheTurnBack() {
        duty.setOrder(t.staffId(TestOffice.MANAGER), List.of(zhangWei, liMing));
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        assertTrue(vm.start(CallKind.INBOUND));
        assertEquals(zhangWei, duty.today(liMing).nextStaffId(), "李明 answered, 张伟 was passed over");

        vm.kindProperty().set(CallKind.COLD);

        assertEquals(zhangWei, duty.today(liMing).nextStaffId());
        assertEquals(List.of(), duty.turnsOn(t.clock.localNow().toLocalDate()), "no turn taken or passed");
        assertMsg(new Msg("hotline.call.turnGivenBack"), vm.statusProperty().get());
        vm.phoneProperty().set("139 0000 2222");
        vm.outcomeProperty().set(CallOutcome.NOT_INTERESTED);
        assertTrue(vm.save());
        assertEquals(List.of(), duty.turnsOn(t.clock.localNow().toLocalDate()), "an outbound call uses no turn");

        assertTrue(vm.start(CallKind.INBOUND));
        assertTrue(vm.start(CallKind.FOLLOW_UP), "Shift+F2 on the untouched form");
        assertEquals(List.of(), duty.turnsOn(t.clock.localNow().toLocalDate()));
        assertEquals(CallKind.FOLLOW_UP, vm.kindProperty().get());
    }

    @Test
    void anInboundCallTakesTheTurnWhenPickedUpAndANewFamilyBooksAVisit() {
        duty.setOrder(t.staffId(TestOffice.MANAGER), List.of(liMing, zhangWei));
        CallFormViewModel vm = form(TestOffice.COUNSELOR);

        assertTrue(vm.start(CallKind.INBOUND));
        assertEquals(zhangWei, duty.today(liMing).nextStaffId(), "every PC sees the next counselor at once");

        vm.phoneProperty().set("139 0000 2222");
        vm.studentNameProperty().set("王小明");
        vm.gradeProperty().set(Grade.J2);
        vm.parentNameProperty().set("王妈妈");
        vm.standingProperty(Subject.MATH).set("78/120，计算粗心");
        vm.wantedProperty(Subject.MATH).set(true);
        vm.outcomeProperty().set(CallOutcome.BOOKED);
        assertEquals(TestOffice.COUNSELOR, vm.counselorProperty().get().name(), "the person taking the call");
        vm.offerDayProperty().set(tomorrow().toString());
        vm.offerTimeProperty().set("9:00");
        vm.otherDayProperty().set(tomorrow().toString());
        vm.otherTimeProperty().set("14:00");
        vm.chosenProperty().set(CallFormViewModel.SECOND);
        vm.bringProperty(BringItem.TEXTBOOKS).set(false);
        assertTrue(vm.save(), String.valueOf(vm.statusProperty().get()));

        HouseholdCard card = t.household("13900002222");
        assertEquals(Channel.INBOUND_CALL, card.household().channel());
        assertEquals(liMing, card.household().ownerId());
        List<AppointmentRow> booked = appointments.on(tomorrow(), liMing);
        assertEquals(1, booked.size());
        assertEquals(tomorrow().atTime(14, 0), booked.get(0).startsAt(), "the time the family chose");
        assertEquals(tomorrow().atTime(9, 0), booked.get(0).otherOffer());
        assertFalse(booked.get(0).bring().contains(BringItem.TEXTBOOKS));
        List<TurnRow> turns = duty.turnsOn(t.clock.localNow().toLocalDate());
        assertEquals(1, turns.size(), "one turn: the one taken when the call was picked up");
        assertEquals(TurnKind.TAKEN, turns.get(0).kind());
        assertMsg(new Msg("hotline.call.saved", new Msg("hotline.call.saved.new", TestOffice.COUNSELOR),
                CallOutcome.BOOKED), vm.statusProperty().get());
    }

    @Test
    void aBookingNeedsATimeNotPastAndTwoDifferentOffers() {
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.phoneProperty().set("139 0000 3333");
        vm.studentNameProperty().set("李同学");
        vm.outcomeProperty().set(CallOutcome.BOOKED);
        vm.offerDayProperty().set(tomorrow().toString());
        assertFalse(vm.save());
        assertMsg(new Msg("hotline.call.timeNeeded"), vm.error(Booking.STARTS_AT).get());
        assertEquals(Booking.STARTS_AT, vm.fieldToFixProperty().get());

        vm.offerDayProperty().set(t.clock.localNow().toLocalDate().toString());
        vm.offerTimeProperty().set("08:00");
        assertMsg(new Msg("error.appointment.past"), vm.error(Booking.STARTS_AT).get());

        vm.offerDayProperty().set("2026/13/01");
        assertMsg(new Msg("error.followUp.dayFormat"), vm.error(Booking.STARTS_AT).get());

        vm.offerDayProperty().set(tomorrow().toString());
        vm.offerTimeProperty().set("10:00");
        assertNull(vm.error(Booking.STARTS_AT).get());
        vm.chosenProperty().set(CallFormViewModel.SECOND);
        assertMsg(new Msg("error.required"), vm.error(Booking.OTHER_OFFER).get());
        vm.otherDayProperty().set(tomorrow().toString());
        vm.otherTimeProperty().set("10:00");
        assertMsg(new Msg("error.appointment.sameOffer"), vm.error(Booking.OTHER_OFFER).get());
        vm.otherTimeProperty().set("15:00");
        assertNull(vm.error(Booking.OTHER_OFFER).get());
        assertTrue(vm.save());
    }

    @Test
    void aTimeThatOverlapsIsWarnedOfAndBookedOnlyOnceConfirmed() {
        CallFormViewModel first = form(TestOffice.COUNSELOR);
        first.phoneProperty().set("139 0000 4444");
        first.studentNameProperty().set("赵同学");
        first.outcomeProperty().set(CallOutcome.BOOKED);
        first.offerDayProperty().set(tomorrow().toString());
        first.offerTimeProperty().set("10:00");
        assertTrue(first.save());

        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.phoneProperty().set("139 0000 5555");
        vm.studentNameProperty().set("钱同学");
        vm.outcomeProperty().set(CallOutcome.BOOKED);
        vm.offerDayProperty().set(tomorrow().toString());
        vm.offerTimeProperty().set("10:30");
        assertEquals(1, vm.warnings().size(), "shown as the time is chosen");
        assertEquals("error.appointment.overlap", vm.warnings().get(0).key());

        dialogs.answer(false);
        assertTrue(vm.save());
        assertEquals(1, dialogs.asked().size(), "asked before booking");
        assertEquals(1, appointments.on(tomorrow(), liMing).size(), "nothing stored while not confirmed");
        assertEquals(Booking.STARTS_AT, vm.fieldToFixProperty().get());

        dialogs.answer(true);
        assertTrue(vm.save());
        assertEquals(2, appointments.on(tomorrow(), liMing).size());
    }

    @Test
    void aKnownNumberSaysWhoseFamilyItIs() {
        t.register(t.walkIn(TestOffice.OTHER_COUNSELOR).phone("138 1234 5678").student("张子涵"));
        CallFormViewModel vm = form(TestOffice.COUNSELOR);

        vm.phoneProperty().set("138 1234 5678");
        assertEquals("张子涵", vm.householdProperty().get().studentNames());
        assertMsg(new Msg("hotline.call.othersFamily", TestOffice.OTHER_COUNSELOR), vm.ownerNoticeProperty().get());
        vm.outcomeProperty().set(CallOutcome.BOOKED);
        assertEquals(TestOffice.OTHER_COUNSELOR, vm.counselorProperty().get().name(), "the family's owner receives it");

        vm.outcomeProperty().set(CallOutcome.NOT_INTERESTED);
        assertTrue(vm.save());
        assertMsg(new Msg("hotline.call.saved", new Msg("hotline.call.saved.other", TestOffice.OTHER_COUNSELOR),
                CallOutcome.NOT_INTERESTED), vm.statusProperty().get());
    }

    @Test
    void aNewNumberNeedsTheStudentsNameToBookOrFollowUp() {
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.phoneProperty().set("139 0000 6666");
        vm.outcomeProperty().set(CallOutcome.FOLLOW_UP);
        assertFalse(vm.save());
        assertMsg(new Msg("error.call.studentNeeded"), vm.error(CallFormViewModel.STUDENT).get());
        assertMsg(new Msg("error.required"), vm.error(FollowUpPlan.PURPOSE).get());
        assertEquals(tomorrow().toString(), vm.followUpDayProperty().get(), "tomorrow is proposed");

        vm.studentNameProperty().set("孙同学");
        vm.followUpPurposeProperty().set("确认试听时间");
        vm.followUpTimeProperty().set("16:30");
        assertTrue(vm.save());
        HouseholdCard card = t.household("13900006666");
        assertEquals(1, followUps.openFor(liMing, card.id()).size());
    }

    @Test
    void theTimerCountsTheCallUnlessTheDurationIsTyped() {
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.start(CallKind.COLD);
        t.clock.advance(Duration.ofSeconds(75));
        vm.tick();
        assertEquals("1:15", vm.durationProperty().get());

        vm.durationProperty().set("3");
        t.clock.advance(Duration.ofSeconds(30));
        vm.tick();
        assertEquals("3", vm.durationProperty().get(), "what was typed stays");
        assertEquals(180, vm.durationSeconds());

        vm.durationProperty().set("abc");
        assertMsg(new Msg("hotline.call.durationFormat"), vm.error(NewCall.DURATION).get());
        vm.durationProperty().set("300:00");
        assertMsg(new Msg("error.call.duration"), vm.error(NewCall.DURATION).get());
    }

    @Test
    void aCallBeingTypedIsKeptWhenTheNextOneIsPickedUpAndAskedBeforeItIsThrownAway() {
        duty.setOrder(t.staffId(TestOffice.MANAGER), List.of(liMing, zhangWei));
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.start(CallKind.INBOUND);
        vm.phoneProperty().set("139 0000 7777");

        assertFalse(vm.start(CallKind.INBOUND), "F2 again brings the call being typed forward");
        assertEquals("139 0000 7777", vm.phoneProperty().get());
        assertEquals(1, duty.turnsOn(t.clock.localNow().toLocalDate()).size(), "no second turn");

        dialogs.answer(false);
        assertFalse(vm.mayDiscard());
        assertEquals(1, dialogs.asked().size());
    }

    @Test
    void aSubjectsStandingFollowsItsRule() {
        CallFormViewModel vm = form(TestOffice.COUNSELOR);
        vm.standingProperty(Subject.ENGLISH).set("很".repeat(201));
        assertEquals("error.tooLong", vm.error(CallFormViewModel.STANDING + Subject.ENGLISH.name()).get().key());
    }
}
