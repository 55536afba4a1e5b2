package com.counseldesk.sample;

import com.counseldesk.common.db.Columns;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.AppointmentStatus;
import com.counseldesk.hotline.BringItem;
import com.counseldesk.walkin.VisitStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sample office's appointments (邀约上门), as the app books and closes them: one booked in every
 * call that booked a visit (by whoever took the call, at its end, with the household's counselor, for
 * a day or a few later in office hours, another time offered, what to bring), and a few booked today
 * from families' pages for later today and the coming days. The counselor's appointments do not
 * overlap (the warning the app gives was heeded). Those of a day before today were closed as an office
 * closes them, in a fixed round so that every month has each: most arrived (with the visit they became
 * at the desk: 邀约上访, the appointment's counselor, over now), some no-shows, a few called off or moved
 * (the new one booked then, and closed in its turn when its day has passed too); most were reminded
 * before. Those from today on are still booked.
 *
 * <p>As elsewhere in the sample, a household's last contact is its last visit (the calls leave it as
 * it was), and students' stages are where they stand now: every sample student was invited and has
 * visited already. Seeded on its own: the calls are what they were without appointments.
 */
final class SampleAppointments {
    /** How many visits families booked today from their family pages (not in a call). */
    private static final int FROM_PAGES = 8;
    /** How the appointments of past days ended, in turn (a moved one's new appointment arrived or not). */
    private static final AppointmentStatus[] ENDINGS = {AppointmentStatus.ARRIVED, AppointmentStatus.ARRIVED,
        AppointmentStatus.NO_SHOW, AppointmentStatus.ARRIVED, AppointmentStatus.CANCELLED, AppointmentStatus.ARRIVED,
        AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW, AppointmentStatus.ARRIVED,
        AppointmentStatus.RESCHEDULED};
    private static final String[] CANCEL_REASONS = {"孩子生病了", "家长临时出差", "学校补课，时间冲突", ""};
    /** What the office asks a family to bring: everything, now and then only the student and the papers. */
    private static final String BRING_ALL = bring(BringItem.values());
    private static final String BRING_PAPERS = bring(BringItem.STUDENT, BringItem.TEST_PAPERS);
    private static final int OPENS = 9;
    private static final int LAST_START = 19;

    private final Database db;
    private final Random random;
    private final List<Appointment> appointments = new ArrayList<>();
    /** Each counselor's appointment times, so that a new one is put where it overlaps none. */
    private final Map<Long, List<LocalDateTime>> times = new HashMap<>();
    private int ended;

    /** A call that booked a visit: for which student, with whom, by whom, when it ended, what it was about. */
    private record BookingCall(long id, long household, long student, long counselor, long takenBy,
            LocalDateTime end, String needs) {
    }

    /** An appointment as it will be stored, with the visit it became when it arrived. */
    private static final class Appointment {
        long id;
        final long household;
        final long student;
        final long counselor;
        final Long call;
        final long bookedBy;
        final LocalDateTime bookedAt;
        final String purpose;
        LocalDateTime startsAt;
        LocalDateTime otherOffer;
        String bring;
        AppointmentStatus status = AppointmentStatus.BOOKED;
        Long statusBy;
        LocalDateTime statusAt;
        String reason = "";
        Appointment rescheduledTo;
        Long remindedBy;
        LocalDateTime remindedAt;
        LocalDateTime arrived;
        LocalDateTime left;
        String whoCame;

        Appointment(long household, long student, long counselor, Long call, long bookedBy, LocalDateTime bookedAt,
                String purpose) {
            this.household = household;
            this.student = student;
            this.counselor = counselor;
            this.call = call;
            this.bookedBy = bookedBy;
            this.bookedAt = bookedAt;
            this.purpose = purpose;
        }
    }

    SampleAppointments(Database db, long seed) {
        this.db = db;
        this.random = new Random(seed ^ 0xA990_1172L);
    }

    /**
     * Books (and, on past days, closes) the appointments of the office's calls and a few from family
     * pages, as of {@code now}; {@code frontDesk} registers the arrivals.
     */
    void create(long frontDesk, int households, List<Long> counselors, LocalDateTime now) {
        db.inTransaction(h -> {
            for (BookingCall c : bookingCalls(h)) {
                Appointment a = new Appointment(c.household(), c.student(), c.counselor(), c.id(), c.takenBy(),
                        c.end(), c.needs());
                book(a, c.end().toLocalDate().plusDays(1 + random.nextInt(5)), now);
                if (a.startsAt.toLocalDate().isBefore(now.toLocalDate())) {
                    end(a, ENDINGS[ended++ % ENDINGS.length], frontDesk, now);
                }
            }
            fromPages(h, households, counselors, now);
            write(h, frontDesk);
            return null;
        });
    }

    /** The calls that booked a visit, oldest first, with the household's counselor (its owner). */
    private static List<BookingCall> bookingCalls(Handle h) {
        return h.createQuery("SELECT c.id, c.household_id, c.student_id, COALESCE(h.owner_id, c.taken_by) AS counselor,"
                + " c.taken_by, c.started_at, c.duration_s, c.needs FROM call c JOIN household h ON h.id = c.household_id"
                + " WHERE c.outcome = 'BOOKED' AND c.student_id IS NOT NULL ORDER BY c.started_at, c.id")
                .map((rs, ctx) -> new BookingCall(rs.getLong("id"), rs.getLong("household_id"),
                        rs.getLong("student_id"), rs.getLong("counselor"), rs.getLong("taken_by"),
                        Columns.time(rs, "started_at").plusSeconds(rs.getLong("duration_s")), rs.getString("needs")))
                .list();
    }

    /**
     * A few visits booked today (by the family's counselor, everything to bring) from family pages, for
     * later today and the coming days.
     */
    private void fromPages(Handle h, int households, List<Long> counselors, LocalDateTime now) {
        List<Long> chosen = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < FROM_PAGES; i++) {
            days.add(now.toLocalDate().plusDays(i < 3 ? 0 : 1 + random.nextInt(10)));
            chosen.add(1L + random.nextInt(households));
        }
        Map<Long, long[]> students = new HashMap<>();
        h.createQuery("SELECT h.id, h.owner_id, (SELECT MIN(s.id) FROM student s WHERE s.household_id = h.id) AS student"
                + " FROM household h WHERE h.id IN (<ids>)").bindList("ids", chosen.stream().distinct().toList())
                .map((rs, ctx) -> students.put(rs.getLong("id"), new long[] {rs.getLong("student"),
                        rs.getObject("owner_id") == null ? counselors.get(0) : rs.getLong("owner_id")}))
                .list();
        for (int i = 0; i < FROM_PAGES; i++) {
            long[] s = students.get(chosen.get(i));
            Appointment a = new Appointment(chosen.get(i), s[0], s[1], null, s[1], now, "");
            book(a, days.get(i), now);
            a.bring = BRING_ALL;
        }
    }

    /** Books {@code a} on {@code day} (or as soon after as its counselor is free and the time is to come). */
    private void book(Appointment a, LocalDate day, LocalDateTime now) {
        a.startsAt = free(a.counselor, day.atTime(OPENS + random.nextInt(LAST_START - OPENS + 1),
                30 * random.nextInt(2)), now);
        LocalDateTime other = a.startsAt.plusDays(1 + random.nextInt(2));
        a.otherOffer = other.getHour() < 12 ? other.plusHours(5) : other.minusHours(3);
        a.bring = random.nextInt(4) == 0 ? BRING_PAPERS : BRING_ALL;
        appointments.add(a);
    }

    /**
     * The first time from {@code at} on that is in office hours, not a time of today that has passed
     * (that goes to tomorrow), and an hour away from the counselor's other appointments.
     */
    private LocalDateTime free(long counselor, LocalDateTime at, LocalDateTime now) {
        List<LocalDateTime> taken = times.computeIfAbsent(counselor, k -> new ArrayList<>());
        LocalDateTime t = at;
        while (true) {
            LocalDateTime candidate = t;
            if (t.getHour() > LAST_START) {
                t = t.toLocalDate().plusDays(1).atTime(OPENS, 0);
            } else if (t.toLocalDate().equals(now.toLocalDate()) && !t.isAfter(now)) {
                t = t.plusDays(1);
            } else if (taken.stream().anyMatch(o -> Duration.between(o, candidate).abs()
                    .compareTo(AppointmentService.LENGTH) < 0)) {
                t = t.plusHours(1);
            } else {
                taken.add(t);
                return t;
            }
        }
    }

    /** How an appointment of a past day ended, as the desk or the counselor recorded it. */
    private void end(Appointment a, AppointmentStatus how, long frontDesk, LocalDateTime now) {
        switch (how) {
            case ARRIVED -> arrived(a, frontDesk);
            case NO_SHOW -> noShow(a);
            case CANCELLED -> {
                close(a, AppointmentStatus.CANCELLED, a.counselor, between(a.bookedAt, a.startsAt.minusHours(1)));
                a.reason = CANCEL_REASONS[random.nextInt(CANCEL_REASONS.length)];
            }
            case RESCHEDULED -> {
                // The family asked for another day: the new appointment is booked when the old one is moved.
                LocalDateTime moved = between(a.bookedAt, a.startsAt.minusHours(1));
                close(a, AppointmentStatus.RESCHEDULED, a.counselor, moved);
                Appointment next = new Appointment(a.household, a.student, a.counselor, a.call, a.counselor, moved,
                        a.purpose);
                book(next, a.startsAt.toLocalDate().plusDays(1 + random.nextInt(7)), now);
                next.bring = a.bring;
                a.rescheduledTo = next;
                if (next.startsAt.toLocalDate().isBefore(now.toLocalDate())) {
                    if (random.nextInt(4) == 0) {
                        noShow(next);
                    } else {
                        arrived(next, frontDesk);
                    }
                }
            }
            default -> throw new IllegalArgumentException(how.name());
        }
    }

    /** The family came, a little early or late, was registered at the desk, and left after the consultation. */
    private void arrived(Appointment a, long frontDesk) {
        reminded(a, 5);
        a.arrived = a.startsAt.plusMinutes(random.nextInt(36) - 15L);
        a.left = a.arrived.plusMinutes(30 + random.nextInt(90));
        a.whoCame = SampleOffice.WHO_CAME[random.nextInt(SampleOffice.WHO_CAME.length)];
        close(a, AppointmentStatus.ARRIVED, frontDesk, a.arrived);
    }

    /** Nobody came; the counselor marked it some time after. */
    private void noShow(Appointment a) {
        reminded(a, 2);
        close(a, AppointmentStatus.NO_SHOW, a.counselor, a.startsAt.plusMinutes(30 + random.nextInt(120)));
    }

    /** The counselor called the family shortly before the visit: {@code every - 1} times in {@code every}. */
    private void reminded(Appointment a, int every) {
        if (random.nextInt(every) > 0) {
            LocalDateTime at = a.startsAt.minusMinutes(10 + random.nextInt(20));
            if (at.isAfter(a.bookedAt)) {
                a.remindedAt = at;
                a.remindedBy = a.counselor;
            }
        }
    }

    private static void close(Appointment a, AppointmentStatus status, long by, LocalDateTime at) {
        a.status = status;
        a.statusBy = by;
        a.statusAt = at;
    }

    /** A time after {@code from} and before {@code to}, in office hours when a few tries find one. */
    private LocalDateTime between(LocalDateTime from, LocalDateTime to) {
        long minutes = Duration.between(from, to).toMinutes();
        if (minutes < 2) {
            return from.plusSeconds(30);
        }
        for (int i = 0; i < 5; i++) {
            LocalDateTime t = from.plusMinutes(1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, minutes - 1)));
            if (t.getHour() >= OPENS && t.getHour() <= LAST_START) {
                return t;
            }
        }
        return from.plusMinutes(minutes / 2);
    }

    /**
     * Writes the appointments, numbered in the order they were booked (a moved one's new appointment
     * before the old one points at it), the visits of those that arrived, and the households' last
     * contact where such a visit is their last.
     */
    private void write(Handle h, long frontDesk) {
        appointments.sort(Comparator.comparing((Appointment a) -> a.bookedAt));
        long[] ids = db.reserveIds(h, "appointment", appointments.size());
        for (int i = 0; i < ids.length; i++) {
            appointments.get(i).id = ids[i];
        }
        List<Appointment> arrivals = appointments.stream().filter(a -> a.arrived != null)
                .sorted(Comparator.comparing((Appointment a) -> a.arrived)).toList();
        long[] visitIds = db.reserveIds(h, "visit", arrivals.size());
        PreparedBatch appointment = h.prepareBatch("INSERT INTO appointment (id, household_id, student_id,"
                + " counselor_id, starts_at, other_offer, status, bring, note, made_in_call, rescheduled_to,"
                + " reminded_at, reminded_by, booked_by, booked_at, status_by, status_at, status_reason)"
                + " VALUES (:id, :household, :student, :counselor, :startsAt, :otherOffer, :status, :bring, '', :call,"
                + " :rescheduledTo, :remindedAt, :remindedBy, :bookedBy, :bookedAt, :statusBy, :statusAt, :reason)");
        List<Appointment> inserted = new ArrayList<>(appointments);
        inserted.sort(Comparator.comparing((Appointment a) -> a.rescheduledTo == null ? 0 : 1));
        for (Appointment a : inserted) {
            appointment.bind("id", a.id).bind("household", a.household).bind("student", a.student)
                    .bind("counselor", a.counselor).bind("startsAt", a.startsAt).bind("otherOffer", a.otherOffer)
                    .bind("status", a.status.name()).bind("bring", a.bring).bindByType("call", a.call, Long.class)
                    .bindByType("rescheduledTo", a.rescheduledTo == null ? null : a.rescheduledTo.id, Long.class)
                    .bindByType("remindedAt", a.remindedAt, LocalDateTime.class)
                    .bindByType("remindedBy", a.remindedBy, Long.class).bind("bookedBy", a.bookedBy)
                    .bind("bookedAt", a.bookedAt).bindByType("statusBy", a.statusBy, Long.class)
                    .bindByType("statusAt", a.statusAt, LocalDateTime.class).bind("reason", a.reason).add();
        }
        PreparedBatch visit = h.prepareBatch("INSERT INTO visit (id, household_id, channel, arrived_at, left_at, status,"
                + " received_by, counselor_id, who_came, purpose, appointment_id) VALUES (:id, :household, :channel,"
                + " :arrived, :left, :status, :by, :counselor, :whoCame, :purpose, :appointment)");
        PreparedBatch visitStudent = h.prepareBatch("INSERT INTO visit_student (visit_id, student_id)"
                + " VALUES (:visit, :student)");
        PreparedBatch lastContact = h.prepareBatch("UPDATE household SET last_contact_at = :at WHERE id = :id"
                + " AND (last_contact_at IS NULL OR last_contact_at < :at)");
        for (int i = 0; i < arrivals.size(); i++) {
            Appointment a = arrivals.get(i);
            visit.bind("id", visitIds[i]).bind("household", a.household).bind("channel", Channel.INVITED.name())
                    .bind("arrived", a.arrived).bind("left", a.left).bind("status", VisitStatus.LEFT.name())
                    .bind("by", frontDesk).bind("counselor", a.counselor).bind("whoCame", a.whoCame)
                    .bind("purpose", a.purpose).bind("appointment", a.id).add();
            visitStudent.bind("visit", visitIds[i]).bind("student", a.student).add();
            lastContact.bind("id", a.household).bind("at", a.arrived).add();
        }
        if (!appointments.isEmpty()) {
            appointment.execute();
        }
        if (!arrivals.isEmpty()) {
            visit.execute();
            visitStudent.execute();
            lastContact.execute();
        }
        db.idsWritten(h, List.of("appointment", "visit"));
    }

    private static String bring(BringItem... items) {
        return Arrays.stream(items).sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
