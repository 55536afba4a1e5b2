package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.hotline.AnsweredTurn;
import com.counseldesk.hotline.AppointmentRow;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.AppointmentStatus;
import com.counseldesk.hotline.DutyBoard;
import com.counseldesk.hotline.DutyLine;
import com.counseldesk.hotline.DutyRotation;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.DutyTally;
import com.counseldesk.hotline.TurnKind;
import com.counseldesk.hotline.TurnRow;
import com.counseldesk.hotline.TurnStep;
import com.counseldesk.office.Staff;
import com.counseldesk.report.Figure;
import com.counseldesk.report.Measure;
import com.counseldesk.report.Month;
import com.counseldesk.report.MonthReport;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample office's hotline past, on an office large enough for the most calls the sample writes:
 * every inbound call took its duty turn as the rotation's rules count them (some skipped or passed
 * over on the way), every call that booked a visit has its appointment, closed as an office closes them
 * once its day has passed, and the past month's report shows all of it. The office is made once and
 * only read, but for the one test that answers today's hotline on an office of its own.
 */
class SampleHotlineTest {
    private static final long SEED = 20261127L;
    private static final int HOUSEHOLDS = 2_000;
    /** The month before the test clock's (2026-11-27 10:00). */
    private static final Month PAST_MONTH = Month.of(2026, 10);
    private static final String IN_PAST_MONTH = " >= '2026-10-01' AND %s < '2026-11-01'";

    @TempDir
    static Path dir;
    private static TestOffice t;

    @BeforeAll
    static void open() {
        t = TestOffice.empty(dir);
        new SampleOffice(t.db, t.clock, SEED).create(HOUSEHOLDS);
    }

    @AfterAll
    static void close() {
        t.close();
    }

    private static long count(String sql) {
        return SampleCounts.count(t, sql);
    }

    private static String inPastMonth(String column) {
        return column + String.format(IN_PAST_MONTH, column);
    }

    private static List<String> strings(String sql) {
        return t.db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void thePastMonthHasAppointmentsInEveryStateAndTheFutureOnlyBookedOnes() {
        assertEquals(List.of("ARRIVED", "CANCELLED", "NO_SHOW", "RESCHEDULED"), strings(
                "SELECT DISTINCT status FROM appointment WHERE " + inPastMonth("starts_at") + " ORDER BY status"));
        assertTrue(count("SELECT COUNT(*) FROM appointment WHERE status = 'ARRIVED' AND " + inPastMonth("starts_at"))
                > 2 * count("SELECT COUNT(*) FROM appointment WHERE status = 'NO_SHOW' AND "
                        + inPastMonth("starts_at")), "most families come");
        assertTrue(count("SELECT COUNT(*) FROM appointment WHERE status = 'BOOKED' AND made_in_call IS NOT NULL") > 0,
                "calls of the last days booked visits to come");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE status = 'BOOKED' AND starts_at <= :now"),
                "nothing past is left booked");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE status <> 'BOOKED' AND starts_at >= :today"),
                "nothing of today or later is closed");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE status_at > :now OR reminded_at > :now"
                + " OR booked_at > :now"), "nothing happened in the future");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE (status = 'BOOKED') <> (status_at IS NULL)"
                + " OR (status = 'BOOKED') <> (status_by IS NULL)"), "who closed it and when");
    }

    @Test
    void everyCallThatBookedAVisitHasItsAppointmentBookedInIt() {
        long booked = count("SELECT COUNT(*) FROM call WHERE outcome = 'BOOKED'");
        assertTrue(booked > 50, "booked in calls: " + booked);
        assertEquals(0, count("SELECT COUNT(*) FROM call c WHERE c.outcome = 'BOOKED' AND NOT EXISTS"
                + " (SELECT 1 FROM appointment a WHERE a.made_in_call = c.id AND a.booked_at > c.started_at"
                + " AND a.booked_by = c.taken_by AND a.household_id = c.household_id AND a.student_id = c.student_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN call c ON c.id = a.made_in_call"
                + " WHERE c.outcome <> 'BOOKED'"));
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN household h ON h.id = a.household_id"
                + " WHERE a.counselor_id <> h.owner_id"), "booked with the family's counselor");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN student s ON s.id = a.student_id"
                + " WHERE s.household_id <> a.household_id"));
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE starts_at <= booked_at"
                + " OR other_offer IS NULL OR bring = '' OR SUBSTR(starts_at, 12, 5) < '09:00'"
                + " OR SUBSTR(starts_at, 12, 5) > '19:30'"), "a later time in office hours, another offered, what to bring");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN appointment b ON b.counselor_id = a.counselor_id"
                + " AND b.id > a.id AND b.starts_at = a.starts_at"), "a counselor's appointments do not collide");
    }

    @Test
    void rescheduledAppointmentsPointAtTheOneBookedWhenTheyWereMoved() {
        List<Map<String, Object>> moved = t.db.read(h -> h.createQuery("SELECT a.id, a.status_at, a.made_in_call,"
                + " b.booked_at, b.made_in_call AS new_call, b.starts_at AS new_start, a.starts_at, b.student_id,"
                + " a.student_id AS old_student FROM appointment a JOIN appointment b ON b.id = a.rescheduled_to"
                + " WHERE a.status = 'RESCHEDULED'").mapToMap().list());
        assertFalse(moved.isEmpty());
        assertEquals(moved.size(), count("SELECT COUNT(*) FROM appointment WHERE status = 'RESCHEDULED'"));
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE status <> 'RESCHEDULED'"
                + " AND rescheduled_to IS NOT NULL"));
        for (Map<String, Object> m : moved) {
            assertEquals(m.get("status_at"), m.get("booked_at"), m::toString);
            assertEquals(m.get("made_in_call"), m.get("new_call"), m::toString);
            assertEquals(m.get("old_student"), m.get("student_id"), m::toString);
            assertTrue(m.get("new_start").toString().compareTo(m.get("starts_at").toString()) > 0, m::toString);
            assertTrue(m.get("status_at").toString().compareTo(m.get("starts_at").toString()) < 0, m::toString);
        }
    }

    @Test
    void everyArrivedAppointmentBecameOneVisitThatIsOver() {
        assertTrue(count("SELECT COUNT(*) FROM appointment WHERE status = 'ARRIVED'") > 20);
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a WHERE a.status = 'ARRIVED'"
                + " AND (SELECT COUNT(*) FROM visit v WHERE v.appointment_id = a.id) <> 1"), "one visit each");
        assertEquals(0, count("SELECT COUNT(*) FROM visit v JOIN appointment a ON a.id = v.appointment_id"
                + " WHERE a.status <> 'ARRIVED'"), "only arrived ones have a visit");
        assertEquals(0, count("SELECT COUNT(*) FROM visit v JOIN appointment a ON a.id = v.appointment_id"
                + " WHERE v.household_id <> a.household_id OR v.channel <> 'INVITED' OR v.status <> 'LEFT'"
                + " OR v.left_at IS NULL OR v.left_at > :now OR v.left_at <= v.arrived_at"
                + " OR v.counselor_id <> a.counselor_id OR v.arrived_at <> a.status_at OR v.received_by IS NULL"
                + " OR SUBSTR(v.arrived_at, 1, 10) <> SUBSTR(a.starts_at, 1, 10)"));
        assertEquals(0, count("SELECT COUNT(*) FROM visit v JOIN appointment a ON a.id = v.appointment_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM visit_student vs WHERE vs.visit_id = v.id"
                + " AND vs.student_id = a.student_id)"), "the student the visit was booked for came");
        assertEquals(0, count("SELECT COUNT(*) FROM household h WHERE last_contact_at IS DISTINCT FROM"
                + " (SELECT MAX(arrived_at) FROM visit v WHERE v.household_id = h.id)"), "last contact = last visit");
        assertEquals(0, count("SELECT COUNT(*) FROM household h WHERE first_contact_at >"
                + " (SELECT MIN(arrived_at) FROM visit v WHERE v.household_id = h.id)"), "no visit before the first contact");
        assertEquals(0, count("SELECT COUNT(*) FROM call c JOIN household h ON h.id = c.household_id"
                + " WHERE c.started_at < h.first_contact_at"), "calls from families the office knew");
    }

    @Test
    void theAppReadsTheAppointmentsAsItsOwn() {
        AppointmentService appointments = new AppointmentService(t.db, t.clock, t.families, t.office, t.walkIns);
        List<AppointmentRow> month = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 10, 1); day.getMonthValue() == 10; day = day.plusDays(1)) {
            month.addAll(appointments.on(day, null));
        }
        assertEquals(count("SELECT COUNT(*) FROM appointment WHERE " + inPastMonth("starts_at")), month.size());
        for (AppointmentRow a : month) {
            assertEquals(a.status() == AppointmentStatus.ARRIVED, a.visitId() != null, a::toString);
            assertEquals(a.status() == AppointmentStatus.RESCHEDULED, a.rescheduledTo() != null, a::toString);
            assertFalse(a.bring().isEmpty(), a::toString);
        }
        List<AppointmentRow> coming = appointments.upcoming(null, 30);
        assertFalse(coming.isEmpty());
        assertTrue(coming.stream().allMatch(a -> a.startsAt().isAfter(t.clock.localNow())));
    }

    @Test
    void everyInboundCallTookOneTurnOnItsDayAndNoOtherCallDid() {
        assertTrue(count("SELECT COUNT(*) FROM call WHERE kind = 'INBOUND'") > 150);
        assertEquals(0, count("SELECT COUNT(*) FROM call c WHERE c.kind = 'INBOUND' AND (SELECT COUNT(*)"
                + " FROM duty_turn t WHERE t.call_id = c.id AND t.kind = 'TAKEN' AND t.staff_id = c.taken_by"
                + " AND t.day = SUBSTR(c.started_at, 1, 10) AND t.taken_at = c.started_at) <> 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM duty_turn t JOIN call c ON c.id = t.call_id"
                + " WHERE c.kind <> 'INBOUND'"), "cold and follow-up calls take no turn");
        assertEquals(count("SELECT COUNT(*) FROM call WHERE kind = 'INBOUND'"),
                count("SELECT COUNT(*) FROM duty_turn WHERE kind = 'TAKEN'"), "no turn taken without its call");
        assertEquals(0, count("SELECT COUNT(*) FROM duty_turn WHERE kind <> 'TAKEN' AND call_id IS NOT NULL"));
        long turns = count("SELECT COUNT(*) FROM duty_turn");
        long skipped = count("SELECT COUNT(*) FROM duty_turn WHERE kind = 'SKIPPED'");
        long passed = count("SELECT COUNT(*) FROM duty_turn WHERE kind = 'PASSED'");
        assertTrue(skipped > 0 && passed > 0, skipped + " skipped, " + passed + " passed");
        assertTrue((skipped + passed) * 20 < turns * 3, "now and then: " + (skipped + passed) + " of " + turns);
        assertEquals(0, count("SELECT COUNT(*) FROM duty_day d WHERE NOT EXISTS (SELECT 1 FROM call c"
                + " WHERE c.kind = 'INBOUND' AND SUBSTR(c.started_at, 1, 10) = d.day) AND d.day < SUBSTR(:today, 1, 10)"),
                "a past day has an order when it had inbound calls");
        assertEquals(0, count("SELECT COUNT(*) FROM duty_day d WHERE (SELECT COUNT(*) FROM duty_seat s"
                + " WHERE s.day = d.day AND s.removed = 0 AND s.absent = 0) <> 4"), "the four counselors, back");
    }

    /**
     * Replays each past day's turns through the office's rules: the day's order, and before each answer
     * those skipped marked away; each answer must give the turns stored, and the day must end where its
     * row says.
     */
    @Test
    void theTurnsAreTheOnesTheRotationCounts() {
        DutyService duty = new DutyService(t.db, t.clock, t.office);
        List<String> days = strings("SELECT day FROM duty_day WHERE day < '2026-11-27' ORDER BY day");
        assertTrue(days.size() > 60, "days: " + days.size());
        int secondRounds = 0;
        for (String d : days) {
            LocalDate day = LocalDate.parse(d);
            List<Long> order = t.db.read(h -> h.createQuery("SELECT staff_id FROM duty_seat WHERE day = :d"
                    + " ORDER BY position").bind("d", d).mapTo(Long.class).list());
            DutyRotation rotation = DutyRotation.start(order);
            List<TurnRow> turns = duty.turnsOn(day);
            int from = 0;
            for (int i = 0; i < turns.size(); i++) {
                TurnRow taken = turns.get(i);
                if (taken.kind() != TurnKind.TAKEN) {
                    continue;
                }
                List<TurnRow> answer = turns.subList(from, i + 1);
                DutyRotation before = rotation;
                for (TurnRow r : answer) {
                    if (r.kind() == TurnKind.SKIPPED) {
                        before = before.absent(r.staffId(), true);
                    }
                }
                DutyRotation.Answer a = before.answer(taken.staffId());
                assertEquals(a.steps(), answer.stream().map(r -> new TurnStep(r.staffId(), r.round(), r.kind()))
                        .toList(), d + ": " + answer);
                assertTrue(answer.stream().allMatch(r -> r.at().equals(taken.at())), answer::toString);
                rotation = a.after();
                for (TurnRow r : answer) {
                    if (r.kind() == TurnKind.SKIPPED) {
                        rotation = rotation.absent(r.staffId(), false);
                    }
                }
                secondRounds += taken.round() > 1 ? 1 : 0;
                from = i + 1;
            }
            assertEquals(turns.size(), from, d + ": every turn belongs to an answer");
            DutyRotation end = rotation;
            assertEquals(List.of(end.nextPosition(), end.round()), t.db.read(h -> h.createQuery(
                    "SELECT next_position, turn_round FROM duty_day WHERE day = :d").bind("d", d)
                    .map((rs, ctx) -> List.of(rs.getInt(1), rs.getInt(2))).one()), d);
        }
        assertTrue(secondRounds > 0, "busy days go round the order again");
    }

    @Test
    void aPastMonthsFiguresHaveRealValues() {
        MonthReport report = t.db.read(h -> MonthReport.read(h, PAST_MONTH));
        Map<Figure, Measure> office = report.office();

        assertEquals(count("SELECT COUNT(*) FROM appointment WHERE " + inPastMonth("booked_at")),
                office.get(Figure.VISITS_BOOKED).value());
        assertTrue(office.get(Figure.VISITS_BOOKED).value() > 10, office::toString);
        Measure shown = office.get(Figure.SHOW_RATE);
        assertNotNull(shown.ratio(), office::toString);
        assertTrue(shown.value() > 0 && shown.value() < shown.base(), shown::toString);
        assertEquals(office.get(Figure.CALLS_IN).value(), office.get(Figure.TURNS_TAKEN).value());
        assertTrue(office.get(Figure.TURNS_TAKEN).value() > 50, office::toString);
        assertTrue(office.get(Figure.TURNS_SKIPPED).value() > 0, office::toString);
        assertTrue(report.previous().get(Figure.TURNS_TAKEN).value() > 0, "the month before too");
        for (Figure f : List.of(Figure.VISITS_BOOKED, Figure.SHOW_RATE, Figure.TURNS_TAKEN)) {
            assertTrue(report.byCounselor().get(f).size() > 1, f + " is shared among the counselors");
        }

        List<DutyTally> tallies = new DutyService(t.db, t.clock, t.office).month(YearMonth.of(2026, 10));
        assertEquals(4, tallies.size());
        assertEquals(office.get(Figure.TURNS_TAKEN).value(), tallies.stream().mapToLong(DutyTally::taken).sum());
    }

    @Test
    void todaysOrderIsTheLastDaysAndTheHotlineGoesOnFromIt(@TempDir Path other) {
        try (TestOffice o = TestOffice.empty(other)) {
            new SampleOffice(o.db, o.clock, SEED).create(300);
            DutyService duty = new DutyService(o.db, o.clock, o.office);
            long manager = o.staffId("赵丽");
            String lastDay = o.db.read(h -> h.createQuery("SELECT MAX(day) FROM duty_day WHERE day < '2026-11-27'")
                    .mapTo(String.class).one());
            List<Long> lastOrder = o.db.read(h -> h.createQuery("SELECT staff_id FROM duty_seat WHERE day = :d"
                    + " ORDER BY position").bind("d", lastDay).mapTo(Long.class).list());

            DutyBoard today = duty.today(manager);
            assertTrue(today.arranged(), "today's order is set");
            assertEquals(lastOrder, today.order().stream().map(DutyLine::staffId).toList());
            assertEquals(lastOrder, duty.proposedOrder().stream().map(Staff::id).toList());
            assertTrue(duty.turnsOn(o.clock.localNow().toLocalDate()).isEmpty(), "no turn taken today yet");
            assertEquals(lastOrder.get(0), today.nextStaffId());

            AnsweredTurn answered = duty.answer(lastOrder.get(0));
            assertNotNull(answered.turnId());
            List<TurnRow> turns = duty.turnsOn(o.clock.localNow().toLocalDate());
            assertEquals(1, turns.size());
            assertEquals(1, turns.get(0).round());
            assertNull(turns.get(0).callId());
            assertEquals(lastOrder.get(1), answered.board().nextStaffId());

            DutyBoard past = duty.board(manager, LocalDate.parse(lastDay));
            assertTrue(past.arranged());
            assertTrue(past.order().stream().mapToInt(DutyLine::taken).sum() > 0, "the last day's turns");
        }
    }
}
