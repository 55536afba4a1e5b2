package com.counseldesk.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Stage;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.office.OfficeHours;
import com.counseldesk.walkin.AlreadyHereException;
import com.counseldesk.walkin.ExpectedVisitor;
import com.counseldesk.walkin.ExpectedVisitors;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appointments (邀约上门) at service level, on both stores; the clock stands at Friday 2026-11-27 10:00. */
class AppointmentServiceTest {
    private static final LocalDateTime SATURDAY_9 = LocalDateTime.of(2026, 11, 28, 9, 0);
    private static final LocalDateTime SATURDAY_14 = LocalDateTime.of(2026, 11, 28, 14, 0);
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

    /** A new family's call, taken by 张伟, ending with a visit booked at this time. */
    private LoggedCall bookedCall(String student, String phone, LocalDateTime at) {
        return o.call().family(student).phone(phone).booked(at).by(o.zhangWei);
    }

    @Test
    void bookingRecordsTheChosenTimeTheOtherOfferedTheCounselorAndWhatToBring() {
        LoggedCall c = o.call().family("李子轩").booked(new Booking(SATURDAY_9, SATURDAY_14, null, null,
                EnumSet.of(BringItem.STUDENT, BringItem.TEST_PAPERS), "数学")).by(o.zhangWei);

        AppointmentRow a = o.appointments.appointment(c.appointmentId());
        assertEquals(SATURDAY_9, a.startsAt());
        assertEquals(SATURDAY_14, a.otherOffer());
        assertEquals("张伟", a.counselorName());
        assertEquals(List.of(BringItem.STUDENT, BringItem.TEST_PAPERS), List.copyOf(a.bring()));
        assertEquals("数学", a.note());
        assertEquals("王丽", a.parentName());
        assertEquals("13900001111", a.phone().value());
        assertEquals(AppointmentStatus.BOOKED, a.status());
        assertEquals("张伟", a.bookedByName());
    }

    @Test
    void aTimeInThePastIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> bookedCall("李子轩", "13900001111", o.now().minusMinutes(5)));
        assertEquals(Booking.STARTS_AT, e.field());
        assertEquals("error.appointment.past", e.messageKey());
        ValidationException other = assertThrows(ValidationException.class, () -> o.call().family("李子轩")
                .booked(new Booking(SATURDAY_9, o.now().minusDays(1), null, null, null, "")).by(o.zhangWei));
        assertEquals(Booking.OTHER_OFFER, other.field());
        assertEquals("error.appointment.sameOffer", assertThrows(ValidationException.class,
                () -> new Booking(SATURDAY_9, SATURDAY_9, null, null, null, "")).messageKey());
        assertEquals(0, o.t.count("call"));
    }

    @Test
    void overlappingTheSameCounselorsOtherAppointmentIsWarnedAndStoredOnceSeen() {
        bookedCall("李子轩", "13900001111", SATURDAY_9);

        BookingWarnings w = assertThrows(BookingWarnings.class,
                () -> bookedCall("王一博", "13900002222", SATURDAY_9.plusMinutes(30)));
        assertEquals(Booking.STARTS_AT, w.field());
        assertEquals(List.of("error.appointment.overlap"), w.warnings().stream().map(Msg::key).toList());
        assertEquals(List.of("张伟", "2026-11-28 09:00", "李子轩"), List.of(w.warnings().get(0).args()));
        assertEquals(1, o.t.count("call"), "nothing of the second call stored");

        LoggedCall seen = o.call().family("王一博").phone("13900002222").booked(SATURDAY_9.plusMinutes(30))
                .warningsSeen().by(o.zhangWei);
        assertEquals(2, o.appointments.on(SATURDAY_9.toLocalDate(), o.zhangWei).size());
        assertTrue(seen.appointmentId() != null);

        assertEquals(List.of(), o.appointments.warnings(o.zhangWei, SATURDAY_9.plusHours(1).plusMinutes(30), null),
                "an hour after the last one is free");
        assertEquals(List.of(), o.appointments.warnings(o.liMing, SATURDAY_9, null), "another counselor is free");
    }

    @Test
    void outsideTheOfficesHoursIsWarned() {
        OfficeHours weekendMornings = new OfficeHours(List.of(OfficeHours.Hours.CLOSED, OfficeHours.Hours.CLOSED,
                OfficeHours.Hours.CLOSED, OfficeHours.Hours.CLOSED, OfficeHours.Hours.CLOSED,
                new OfficeHours.Hours(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new OfficeHours.Hours(LocalTime.of(8, 30), LocalTime.of(12, 0))));
        assertThrows(ValidationException.class, () -> o.t.office.setOfficeHours(o.liMing, weekendMornings),
                "a manager sets them");
        o.t.office.setOfficeHours(o.manager, weekendMornings);

        assertEquals(List.of(new Msg("error.appointment.outsideHours", "2026-11-28 14:00").key()),
                o.appointments.warnings(o.zhangWei, SATURDAY_14, null).stream().map(Msg::key).toList());
        assertEquals(List.of(), o.appointments.warnings(o.zhangWei, SATURDAY_9, null));
        assertThrows(BookingWarnings.class, () -> bookedCall("李子轩", "13900001111", SATURDAY_14));
        assertEquals(weekendMornings, o.t.office.officeHours());
    }

    @Test
    void officeHoursNotSetAreEveryDayFromEightToNine() {
        assertEquals(OfficeHours.DEFAULT, o.t.office.officeHours());
        assertTrue(OfficeHours.DEFAULT.covers(LocalDateTime.of(2026, 11, 29, 8, 0)));
        assertFalse(OfficeHours.DEFAULT.covers(LocalDateTime.of(2026, 11, 29, 21, 0)));
        assertEquals(OfficeHours.DEFAULT, OfficeHours.parse("nonsense"));
        assertEquals("error.officeHours.order", assertThrows(ValidationException.class,
                () -> new OfficeHours.Hours(LocalTime.of(18, 0), LocalTime.of(9, 0))).messageKey());
    }

    @Test
    void listsPerCounselorAndForTheFrontDesk() {
        bookedCall("李子轩", "13900001111", SATURDAY_9);
        o.call().family("王一博").phone("13900002222").booked(new Booking(SATURDAY_14, null, o.liMing, null, null, ""))
                .by(o.zhangWei);
        bookedCall("周杰", "13900003333", o.now().plusHours(2));

        assertEquals(List.of("李子轩", "王一博"), names(o.appointments.on(SATURDAY_9.toLocalDate(), null)));
        assertEquals(List.of("王一博"), names(o.appointments.on(SATURDAY_9.toLocalDate(), o.liMing)));
        assertEquals(List.of("周杰", "李子轩"), names(o.appointments.upcoming(o.zhangWei, 7)));
        assertEquals(List.of("周杰"), names(o.appointments.upcoming(null, 0)), "today's");
        assertEquals(List.of("周杰"), o.appointments.expectedOn(o.now().toLocalDate()).stream()
                .map(ExpectedVisitor::studentName).toList());
    }

    @Test
    void theFamilyIsRemindedThirtyMinutesBefore() {
        LoggedCall c = bookedCall("李子轩", "13900001111", o.now().plusHours(1));
        assertEquals(List.of(), o.appointments.dueForReminder(null));

        o.t.clock.advance(Duration.ofMinutes(30));
        assertEquals(List.of("李子轩"), names(o.appointments.dueForReminder(o.zhangWei)));
        assertEquals(List.of(), o.appointments.dueForReminder(o.liMing), "not 李明's family");

        AppointmentRow a = o.appointments.markReminded(o.zhangWei, c.appointmentId());
        assertEquals(o.now(), a.remindedAt());
        assertEquals(List.of(), o.appointments.dueForReminder(null));
    }

    @Test
    void arrivalRegistersTheVisitAtTheDeskWithTheInvitingCounselorAndTheChannel() {
        LoggedCall c = bookedCall("李子轩", "13900001111", o.now().plusHours(1));
        o.t.clock.advance(Duration.ofMinutes(55));

        Registration r = o.appointments.arrive(o.frontDesk, c.appointmentId(), false);

        VisitRow v = o.t.visits.visit(r.visitId()).orElseThrow();
        assertEquals(Channel.INVITED, v.channel());
        assertEquals(o.zhangWei, v.counselorId());
        assertEquals(List.of(c.studentId()), v.studentIds());
        assertEquals(o.zhangWei, r.ownerId());
        assertEquals(c.appointmentId(), o.t.db.read(h -> h.createQuery("SELECT appointment_id FROM visit WHERE id = :id")
                .bind("id", r.visitId()).mapTo(Long.class).one()));
        AppointmentRow a = o.appointments.appointment(c.appointmentId());
        assertEquals(AppointmentStatus.ARRIVED, a.status());
        assertEquals(r.visitId(), a.visitId());
        assertEquals(Stage.VISITED, o.t.household(c.householdId()).students().get(0).stage());
        assertEquals(List.of(), o.appointments.expectedOn(o.now().toLocalDate()), "no longer expected");
        assertEquals(1, o.t.visits.today().size());
        assertEquals("error.appointment.notBooked", assertThrows(ValidationException.class,
                () -> o.appointments.arrive(o.frontDesk, c.appointmentId(), true)).messageKey());
    }

    @Test
    void anUnownedFamilyInvitedByACounselorBecomesTheirsOnArrival() {
        var walkIn = o.t.register(o.t.walkIn("李明").phone("13900001111").student("张子涵"));
        o.t.deactivate("李明");
        HouseholdCard before = o.t.household(walkIn.householdId());
        assertNull(before.activeOwnerId(), "李明 left");
        o.t.visits.setStatus(walkIn.visitId(), VisitStatus.LEFT);
        LoggedCall c = o.call().student("张子涵").booked(o.now().plusHours(1)).by(o.zhangWei);

        Registration r = o.appointments.arrive(o.frontDesk, c.appointmentId(), false);

        assertEquals(o.zhangWei, r.ownerId());
        assertEquals("张伟", r.ownerName());
    }

    @Test
    void arrivalOfAFamilyBookedWithAnotherCounselorKeepsTheOwner() {
        var walkIn = o.t.register(o.t.walkIn("李明").phone("13900001111").student("张子涵"));
        o.t.visits.setStatus(walkIn.visitId(), VisitStatus.LEFT);
        LoggedCall c = o.call().student("张子涵").booked(new Booking(o.now().plusHours(1), null, o.zhangWei, null,
                null, "")).by(o.zhangWei);

        Registration r = o.appointments.arrive(o.frontDesk, c.appointmentId(), false);

        assertEquals(o.liMing, r.ownerId());
        assertTrue(r.ownerKept());
        assertEquals(o.zhangWei, o.t.visits.visit(r.visitId()).orElseThrow().counselorId());
    }

    @Test
    void aFamilyAlreadyHereIsAskedAboutAsAtTheDesk() {
        LoggedCall c = bookedCall("李子轩", "13900001111", o.now().plusHours(1));
        o.t.register(o.t.walkIn("张伟").phone("13900001111").student("李子轩").channel(Channel.INVITED));

        assertThrows(AlreadyHereException.class, () -> o.appointments.arrive(o.frontDesk, c.appointmentId(), false));
        assertEquals(AppointmentStatus.BOOKED, o.appointments.appointment(c.appointmentId()).status());
        o.appointments.arrive(o.frontDesk, c.appointmentId(), true);
        assertEquals(AppointmentStatus.ARRIVED, o.appointments.appointment(c.appointmentId()).status());
    }

    @Test
    void theDeskMarksAnExpectedFamilyArrivedThroughItsOwnInterface() {
        LoggedCall c = bookedCall("李子轩", "13900001111", o.now().plusHours(1));
        ExpectedVisitors desk = o.appointments;

        ExpectedVisitor e = desk.expectedOn(o.now().toLocalDate()).get(0);
        assertEquals(c.appointmentId(), e.ref());
        assertEquals("张伟", e.counselorName());
        Registration r = desk.arrived(e.ref(), o.frontDesk, false);

        assertEquals(c.householdId(), r.householdId());
        assertEquals(List.of(), desk.expectedOn(o.now().toLocalDate()));
    }

    @Test
    void aNoShowOnceTheTimeHasCome() {
        LoggedCall c = bookedCall("李子轩", "13900001111", o.now().plusHours(1));
        assertEquals("error.appointment.notYet", assertThrows(ValidationException.class,
                () -> o.appointments.noShow(o.frontDesk, c.appointmentId())).messageKey());

        o.t.clock.advance(Duration.ofHours(2));
        assertEquals(AppointmentStatus.NO_SHOW, o.appointments.noShow(o.frontDesk, c.appointmentId()).status());
        assertEquals(0, o.t.count("visit"));
    }

    @Test
    void cancelledWithAReasonStaysOnRecord() {
        LoggedCall c = bookedCall("李子轩", "13900001111", SATURDAY_9);

        AppointmentRow a = o.appointments.cancel(o.zhangWei, c.appointmentId(), "孩子生病");

        assertEquals(AppointmentStatus.CANCELLED, a.status());
        assertEquals("孩子生病", a.statusReason());
        assertEquals(List.of(), o.appointments.expectedOn(SATURDAY_9.toLocalDate()));
        assertEquals(1, o.appointments.ofHousehold(c.householdId()).size());
    }

    @Test
    void rescheduledToANewTimeKeepsTheOldOne() {
        LoggedCall c = bookedCall("李子轩", "13900001111", SATURDAY_9);

        AppointmentRow moved = o.appointments.reschedule(o.zhangWei, c.appointmentId(),
                Booking.at(SATURDAY_9.plusMinutes(30)), false);

        assertEquals(SATURDAY_9.plusMinutes(30), moved.startsAt(), "its own old time is no overlap");
        assertEquals(AppointmentStatus.BOOKED, moved.status());
        assertEquals(c.studentId(), moved.studentId());
        assertEquals(c.callId(), moved.madeInCall());
        AppointmentRow old = o.appointments.appointment(c.appointmentId());
        assertEquals(AppointmentStatus.RESCHEDULED, old.status());
        assertEquals(moved.id(), old.rescheduledTo());
        assertEquals(List.of(moved.id()), o.appointments.expectedOn(SATURDAY_9.toLocalDate()).stream()
                .map(ExpectedVisitor::ref).toList());
        assertEquals(2, o.appointments.ofHousehold(c.householdId()).size());
        assertThrows(ValidationException.class, () -> o.appointments.reschedule(o.zhangWei, c.appointmentId(),
                Booking.at(SATURDAY_14), false), "the old one is closed");
    }

    @Test
    void aHouseholdOfSeveralChildrenSaysWhichComes() {
        var r = o.t.register(o.t.walkIn("李明").phone("13900001111").student("张子涵"));
        o.t.families.addStudent(r.householdId(), new StudentDetails("张子萱", null, null, ""),
                o.liMing);

        ValidationException e = assertThrows(ValidationException.class,
                () -> o.appointments.book(o.liMing, r.householdId(), Booking.at(SATURDAY_9), false));
        assertEquals(Booking.STUDENT, e.field());

        AppointmentRow a = o.appointments.book(o.liMing, r.householdId(),
                new Booking(SATURDAY_9, null, null, r.studentId(), null, ""), false);
        assertEquals("张子涵", a.studentName());
        assertEquals(o.liMing, a.counselorId(), "the owner");
    }

    @Test
    void theFrontDeskBookingForAFamilyNobodyOwnsChoosesTheCounselor() {
        var r = o.t.register(o.t.walkIn("李明").phone("13900001111").student("张子涵"));
        o.t.deactivate("李明");

        ValidationException e = assertThrows(ValidationException.class,
                () -> o.appointments.book(o.frontDesk, r.householdId(), Booking.at(SATURDAY_9), false));
        assertEquals(Booking.COUNSELOR, e.field());
        assertEquals("error.counselor.choose", e.messageKey());
    }

    private static List<String> names(List<AppointmentRow> rows) {
        return rows.stream().map(AppointmentRow::studentName).toList();
    }
}
