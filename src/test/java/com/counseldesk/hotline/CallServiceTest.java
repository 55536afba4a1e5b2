package com.counseldesk.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.consult.FollowUpPlan;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Subject;
import com.counseldesk.family.TimelineEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging calls (热线登记) at service level, on both stores. */
class CallServiceTest {
    @TempDir
    Path dir;
    private HotlineOffice o;

    @BeforeEach
    void office() {
        o = new HotlineOffice(dir);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @Test
    void anInboundCallFromANewNumberMakesAHouseholdOwnedByWhoeverTookIt() {
        LoggedCall c = o.call().family("李子轩").district("海淀区").needs("数学成绩下滑")
                .subject(Subject.MATH, "78/120，计算粗心", true).subject(Subject.ENGLISH, "还可以", false)
                .summary("妈妈想周末补数学").by(o.zhangWei);

        assertTrue(c.newHousehold());
        assertEquals(o.zhangWei, c.ownerId());
        assertEquals("张伟", c.ownerName());
        assertFalse(c.ownedByOther());
        HouseholdCard card = o.t.household("13900001111");
        assertEquals(card.id(), c.householdId());
        assertEquals(Channel.INBOUND_CALL, card.household().channel());
        assertEquals("海淀区", card.household().district());
        assertEquals("李子轩", card.studentNames());
        assertEquals(Grade.J2, card.students().get(0).grade());
        assertEquals("王丽", card.mainContact().name());
        assertNotNull(card.household().lastContactAt());

        CallRow row = o.calls.call(c.callId()).orElseThrow();
        assertEquals(CallKind.INBOUND, row.kind());
        assertEquals(17 * 60, row.durationSeconds());
        assertEquals(o.now().minusMinutes(17), row.startedAt());
        assertEquals("张伟", row.takenByName());
        assertEquals(List.of(new SubjectNote(Subject.MATH, "78/120，计算粗心", true),
                new SubjectNote(Subject.ENGLISH, "还可以", false)), row.sheet().subjects());
        assertEquals(List.of(Subject.MATH), row.sheet().wanted());
        assertEquals("数学成绩下滑", row.sheet().needs());
        assertEquals(Phone.parse("13900001111"), row.sheet().phone());
    }

    @Test
    void aColdCallsNewHouseholdCameByColdCall() {
        LoggedCall c = o.call().kind(CallKind.COLD).family("周杰").by(o.liMing);

        assertEquals(Channel.COLD_CALL, o.t.household(c.householdId()).household().channel());
        assertEquals(o.liMing, c.ownerId());
    }

    @Test
    void aCallFromAKnownNumberJoinsThatHouseholdWhoeverOwnsItAndSaysWhose() {
        var r = o.t.register(o.t.walkIn("李明").phone("139 0000 1111").student("张子涵").parent("王丽"));

        LoggedCall c = o.call().family("张子涵").district("朝阳区").by(o.zhangWei);

        assertFalse(c.newHousehold());
        assertEquals(r.householdId(), c.householdId());
        assertEquals(o.liMing, c.ownerId());
        assertEquals("李明", c.ownerName());
        assertTrue(c.ownedByOther(), "张伟 is told it is 李明's family");
        assertEquals(r.studentId(), c.studentId(), "the child of that name");
        HouseholdCard card = o.t.household(r.householdId());
        assertEquals(o.liMing, card.household().ownerId(), "no 抢单: the owner stays");
        assertEquals("朝阳区", card.household().district());
        assertEquals(1, card.students().size());
        assertTrue(o.t.families.history(r.householdId()).stream()
                .anyMatch(ch -> ch.field().equals("district") && "朝阳区".equals(ch.after())));

        LoggedCall sister = o.call().student("张子萱").by(o.zhangWei);
        assertEquals(2, o.t.household(r.householdId()).students().size(), "another name is another child");
        assertEquals(r.householdId(), sister.householdId());
    }

    @Test
    void theOwnerTakingTheCallIsNotToldItIsSomeoneElses() {
        o.t.register(o.t.walkIn("李明").phone("139 0000 1111"));
        assertFalse(o.call().by(o.liMing).ownedByOther());
    }

    @Test
    void aCallIsSavedWithOnlyAPhoneAndAnOutcome() {
        LoggedCall c = o.call().by(o.liMing);

        assertNull(c.householdId(), "no name, no family on record");
        assertEquals(0, o.t.count("household"));
        CallRow row = o.calls.call(c.callId()).orElseThrow();
        assertEquals(CallOutcome.NOT_INTERESTED, row.outcome());
        assertEquals("", row.sheet().studentName());
    }

    @Test
    void earlierCallsOfANumberJoinTheHouseholdItsLaterCallMakes() {
        o.call().by(o.liMing);
        o.call().phone("139-0000-1111").by(o.zhangWei);

        LoggedCall named = o.call().family("王一博").by(o.liMing);

        assertEquals(2, named.earlierCallsJoined());
        assertEquals(3, o.calls.ofHousehold(named.householdId()).size());
    }

    @Test
    void anAdvertMakesNoHouseholdAndChangesNoRecords() {
        LoggedCall c = o.call().family("推销员").outcome(CallOutcome.NOT_CLIENT).by(o.liMing);
        assertNull(c.householdId());
        assertEquals(0, o.t.count("household"));

        var r = o.t.register(o.t.walkIn("李明").phone("139 0000 1111").student("张子涵"));
        o.call().student("别的名字").district("外地").outcome(CallOutcome.NOT_CLIENT).by(o.liMing);
        HouseholdCard card = o.t.household(r.householdId());
        assertEquals("张子涵", card.studentNames());
        assertEquals("", card.household().district());
        assertEquals(1, o.calls.ofHousehold(r.householdId()).size(), "the call is on record with the family");
    }

    @Test
    void aNewNumberNeedsTheStudentsNameToBookOrSetAFollowUpAndNothingIsSavedWithout() {
        ValidationException booked = assertThrows(ValidationException.class,
                () -> o.call().booked(o.now().plusDays(1)).by(o.liMing));
        assertEquals(CallSheet.STUDENT_NAME, booked.field());
        assertEquals("error.call.studentNeeded", booked.messageKey());
        ValidationException followUp = assertThrows(ValidationException.class, () -> o.call()
                .followUp(new FollowUpPlan(LocalDate.of(2026, 11, 30), null, "问考试结果")).by(o.liMing));
        assertEquals(CallSheet.STUDENT_NAME, followUp.field());
        assertEquals(0, o.t.count("call"));
        assertEquals(0, o.t.count("appointment"));
        assertEquals(0, o.t.count("follow_up"));
    }

    @Test
    void theOutcomeIsRequiredAndEachFieldHasItsMessage() {
        ValidationException outcome = assertThrows(ValidationException.class, () -> o.call().outcome(null).build());
        assertEquals(NewCall.OUTCOME, outcome.field());
        assertEquals("error.call.outcome", outcome.messageKey());
        assertEquals(NewCall.DURATION, assertThrows(ValidationException.class,
                () -> o.call().duration(-1).build()).field());
        assertEquals(FollowUpPlan.DAY, assertThrows(ValidationException.class,
                () -> o.call().outcome(CallOutcome.FOLLOW_UP).build()).field());
        assertEquals(Booking.STARTS_AT, assertThrows(ValidationException.class,
                () -> o.call().outcome(CallOutcome.BOOKED).build()).field());
        assertEquals(CallSheet.NEEDS, assertThrows(ValidationException.class,
                () -> o.call().needs("很".repeat(CallSheet.NEEDS_MAX + 1)).build()).field());
        assertEquals(SubjectNote.STANDING, assertThrows(ValidationException.class,
                () -> o.call().subject(Subject.MATH, "差".repeat(SubjectNote.STANDING_MAX + 1), true).build()).field());
        assertEquals("error.call.subjectTwice", assertThrows(ValidationException.class,
                () -> o.call().subject(Subject.MATH, "", true).subject(Subject.MATH, "好", false).build()).messageKey());
        assertEquals(Phone.FIELD, assertThrows(ValidationException.class,
                () -> o.call().phone("95588").build()).field());
        assertEquals("error.followUp.dayPast", assertThrows(ValidationException.class, () -> o.call()
                .family("王一博").followUp(new FollowUpPlan(LocalDate.of(2026, 11, 26), null, "回访")).by(o.liMing))
                .messageKey());
    }

    @Test
    void aCallEndingWithAVisitBooksItInTheSameTransaction() {
        LoggedCall c = o.call().family("李子轩").booked(o.now().plusDays(1).withHour(9)).by(o.zhangWei);

        AppointmentRow a = o.appointments.appointment(c.appointmentId());
        assertEquals(c.householdId(), a.householdId());
        assertEquals(c.studentId(), a.studentId());
        assertEquals(o.zhangWei, a.counselorId(), "the owner");
        assertEquals(c.callId(), a.madeInCall());
        assertEquals(BringItem.all(), a.bring());
        assertEquals(Stage.INVITED, o.t.household(c.householdId()).students().get(0).stage());
    }

    @Test
    void aBookingThatFailsLeavesNothingOfTheCall() {
        o.duty.setOrder(o.manager, List.of(o.liMing, o.zhangWei));
        Booking withTheDesk = new Booking(o.now().plusDays(1), null, o.frontDesk, null, null, "");

        ValidationException e = assertThrows(ValidationException.class,
                () -> o.call().family("李子轩").booked(withTheDesk).by(o.liMing));

        assertEquals("error.counselor.invalid", e.messageKey());
        assertEquals(0, o.t.count("household"));
        assertEquals(0, o.t.count("call"));
        assertEquals(0, o.t.count("duty_turn"));
        assertEquals(o.liMing, o.duty.today(o.manager).nextStaffId(), "the turn is not used");
    }

    @Test
    void aCallEndingWithAFollowUpSetsOneForTheOwner() {
        var r = o.t.register(o.t.walkIn("李明").phone("139 0000 1111").student("张子涵"));

        LoggedCall c = o.call().followUp(new FollowUpPlan(LocalDate.of(2026, 12, 1), LocalTime.of(18, 30),
                "问期中成绩")).by(o.zhangWei);

        assertNotNull(c.followUpId());
        assertEquals(List.of(r.householdId() + " " + o.liMing + " 2026-12-01T18:30:00 1 问期中成绩 " + c.callId()),
                o.t.db.read(h -> h.createQuery("SELECT household_id || ' ' || owner_id || ' ' || due_at || ' ' ||"
                        + " has_time || ' ' || purpose || ' ' || from_call_id FROM follow_up").mapTo(String.class)
                        .list()));
    }

    @Test
    void anInboundCallTakesTheDutyTurnWhateverItTurnsOutToBe() {
        o.duty.setOrder(o.manager, List.of(o.liMing, o.zhangWei));

        LoggedCall advert = o.call().outcome(CallOutcome.NOT_CLIENT).by(o.liMing);

        assertNotNull(advert.turnId());
        assertEquals(o.zhangWei, o.duty.today(o.manager).nextStaffId());
        assertEquals(advert.callId(), o.duty.turnsOn(o.now().toLocalDate()).get(0).callId());

        LoggedCall cold = o.call().kind(CallKind.COLD).by(o.zhangWei);
        assertNull(cold.turnId(), "an outbound call uses no turn");
        assertEquals(o.zhangWei, o.duty.today(o.manager).nextStaffId());
    }

    @Test
    void theTurnTakenWhenTheCallWasPickedUpIsTheCallsTurn() {
        o.duty.setOrder(o.manager, List.of(o.liMing, o.zhangWei));
        AnsweredTurn picked = o.duty.answer(o.liMing);
        assertEquals(o.zhangWei, picked.board().nextStaffId(), "every PC sees the next one at once");

        LoggedCall c = o.call().family("李子轩").turn(picked.turnId()).by(o.liMing);

        assertEquals(picked.turnId(), c.turnId());
        assertEquals(1, o.t.count("duty_turn"), "no second turn");
        assertEquals(c.callId(), o.duty.turnsOn(o.now().toLocalDate()).get(0).callId());
        assertThrows(ValidationException.class, () -> o.call().phone("13900002222").turn(picked.turnId())
                .by(o.liMing), "one call per turn");
    }

    @Test
    void callsAreOnTheFamilyPagesTimeline() {
        LoggedCall c = o.call().family("李子轩").summary("想补数学").booked(o.now().plusDays(1).withHour(9))
                .by(o.zhangWei);

        List<TimelineEntry> timeline = o.t.families.timeline(c.householdId());
        TimelineEntry call = timeline.stream().filter(e -> e.kind().equals(CallService.TIMELINE_KIND)).findFirst()
                .orElseThrow();
        assertEquals(c.callId(), call.refId());
        assertEquals("张伟", call.staffName());
        assertEquals(List.of(CallKind.INBOUND, 17, CallOutcome.BOOKED, "想补数学"), List.of(call.summary().args()));
        assertTrue(timeline.stream().anyMatch(e -> e.kind().equals(AppointmentService.TIMELINE_KIND)
                && e.refId() == c.appointmentId()));
    }

    @Test
    void theDaysCallsPerPersonAndForEveryone() {
        o.call().by(o.liMing);
        o.call().phone("13900002222").by(o.zhangWei);

        assertEquals(2, o.calls.on(o.now().toLocalDate(), null).size());
        assertEquals(List.of("李明"), o.calls.on(o.now().toLocalDate(), o.liMing).stream()
                .map(CallRow::takenByName).toList());
        assertEquals(List.of(), o.calls.on(o.now().toLocalDate().plusDays(1), null));
    }
}
