package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Households;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.hotline.AppointmentDao.AppointmentData;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.ExpectedVisitor;
import com.counseldesk.walkin.ExpectedVisitors;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.WalkIn;
import com.counseldesk.walkin.WalkInService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Appointments (邀约上门): booked from a call or a family page, listed per counselor and for the front
 * desk, reminded 30 minutes before, and closed as arrived (the visit registered at the desk, linked
 * to the appointment: channel 邀约上访, the inviting counselor), no-show, cancelled or rescheduled (a
 * new appointment, the old one kept). A time in the past is refused; one that overlaps the same
 * counselor's other appointment or falls outside the office's hours is stored only once the warning
 * was seen ({@code confirmed}).
 */
public class AppointmentService implements TimelineSource, ExpectedVisitors {
    /** The kind (and the key of the label) of an appointment's entries on the family page's timeline. */
    public static final String TIMELINE_KIND = "timeline.appointment";
    /** How long a visit takes the counselor: two appointments of one counselor closer than this overlap. */
    public static final Duration LENGTH = Duration.ofHours(1);
    /** How long before the visit the counselor calls the family (the office's habit). */
    public static final Duration REMIND_BEFORE = Duration.ofMinutes(30);
    public static final String APPOINTMENT = "appointment";
    public static final String REASON = "reason";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final OfficeService office;
    private final WalkInService walkIns;

    public AppointmentService(Database db, Clock clock, FamilyService families, OfficeService office,
            WalkInService walkIns) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.office = office;
        this.walkIns = walkIns;
    }

    // --- booking ----------------------------------------------------------------------------------

    /**
     * What to look at before booking this time for this counselor (the form shows it as the time is
     * chosen): another appointment of theirs within {@link #LENGTH}, the office closed. {@code except}:
     * the appointment being moved (null for a new one).
     */
    public List<Msg> warnings(long counselorId, LocalDateTime startsAt, Long except) {
        return db.read(h -> warnings(h, counselorId, startsAt, except));
    }

    /** Books a visit for a household (from its family page, or after a no-show). */
    public AppointmentRow book(long actorId, long householdId, Booking booking, boolean confirmed) {
        LocalDateTime now = now();
        booking.notPast(now);
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            HouseholdCard card = families.in(h).card(householdId).orElseThrow(() -> new ValidationException(
                    "household", "error.household.unknown"));
            return row(h, book(h, actor, card, null, booking, null, confirmed, now));
        });
    }

    /**
     * Inside a call's (or a reschedule's) transaction: stores the appointment after its checks and
     * moves the student on to invited. {@code fallbackStudent}: the call's student, used when the
     * booking names none.
     */
    long book(Handle h, Staff actor, HouseholdCard card, Long fallbackStudent, Booking b, Long callId,
            boolean confirmed, LocalDateTime now) {
        b.notPast(now);
        long counselorId = counselorFor(actor, card, b);
        office.activeCounselor(h, counselorId);
        long studentId = studentFor(card, b.studentId() != null ? b.studentId() : fallbackStudent);
        if (!confirmed) {
            List<Msg> warnings = warnings(h, counselorId, b.startsAt(), null);
            if (!warnings.isEmpty()) {
                throw new BookingWarnings(warnings);
            }
        }
        long id = h.attach(AppointmentDao.class).insert(card.id(), studentId, counselorId, b.startsAt(), b.otherOffer(),
                BringItem.text(b.bring()), b.note(), callId, actor.id(), now);
        Households households = families.in(h);
        households.invited(studentId);
        households.contacted(card.id());
        db.announce(h, HotlineNews.APPOINTMENT, String.valueOf(id));
        return id;
    }

    /** The counselor chosen, else the household's owner, else the person booking when they consult. */
    private static long counselorFor(Staff actor, HouseholdCard card, Booking b) {
        if (b.counselorId() != null) {
            return b.counselorId();
        }
        if (card.activeOwnerId() != null) {
            return card.activeOwnerId();
        }
        if (actor.role().consults()) {
            return actor.id();
        }
        throw new ValidationException(Booking.COUNSELOR, "error.counselor.choose");
    }

    /** The student named (one of the household's), else its only one. */
    private static long studentFor(HouseholdCard card, Long studentId) {
        if (studentId != null) {
            if (card.student(studentId) == null) {
                throw new ValidationException(Booking.STUDENT, "error.student.unknown");
            }
            return studentId;
        }
        if (card.students().size() != 1) {
            throw new ValidationException(Booking.STUDENT, "error.appointment.whichStudent");
        }
        return card.students().get(0).id();
    }

    private List<Msg> warnings(Handle h, long counselorId, LocalDateTime startsAt, Long except) {
        List<Msg> out = new ArrayList<>();
        for (AppointmentData other : h.attach(AppointmentDao.class).bookedNear(counselorId, startsAt.minus(LENGTH),
                startsAt.plus(LENGTH))) {
            if (except == null || other.id() != except) {
                out.add(new Msg("error.appointment.overlap", other.counselorName(), shown(other.startsAt()),
                        other.studentName()));
            }
        }
        if (!office.officeHours(h).covers(startsAt)) {
            out.add(new Msg("error.appointment.outsideHours", shown(startsAt)));
        }
        return out;
    }

    // --- lists ------------------------------------------------------------------------------------

    /** The appointments of a day (every status), earliest first: one counselor's, or everyone's (null). */
    public List<AppointmentRow> on(LocalDate day, Long counselorId) {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        return db.read(h -> {
            AppointmentDao dao = h.attach(AppointmentDao.class);
            return rows(h, counselorId == null ? dao.between(from, to) : dao.ofCounselorBetween(counselorId, from, to));
        });
    }

    /** The booked appointments from now to the end of the {@code days}-th day from today: one counselor's, or everyone's (null). */
    public List<AppointmentRow> upcoming(Long counselorId, int days) {
        LocalDateTime now = now();
        LocalDateTime to = now.toLocalDate().plusDays(days + 1L).atStartOfDay();
        return db.read(h -> rows(h, h.attach(AppointmentDao.class).bookedBetween(now, to).stream()
                .filter(a -> counselorId == null || a.counselorId() == counselorId).toList()));
    }

    /** The booked appointments starting within the next {@link #REMIND_BEFORE} whose family nobody reminded yet. */
    public List<AppointmentRow> dueForReminder(Long counselorId) {
        LocalDateTime now = now();
        return db.read(h -> rows(h, h.attach(AppointmentDao.class).toRemind(now, now.plus(REMIND_BEFORE)).stream()
                .filter(a -> counselorId == null || a.counselorId() == counselorId).toList()));
    }

    /** A household's appointments, the latest first. */
    public List<AppointmentRow> ofHousehold(long householdId) {
        return db.read(h -> rows(h, h.attach(AppointmentDao.class).ofHousehold(householdId)));
    }

    public AppointmentRow appointment(long id) {
        return db.read(h -> row(h, id));
    }

    @Override
    public List<ExpectedVisitor> expectedOn(LocalDate day) {
        return db.read(h -> rows(h, h.attach(AppointmentDao.class).bookedBetween(day.atStartOfDay(),
                day.plusDays(1).atStartOfDay()))).stream()
                .map(a -> new ExpectedVisitor(a.id(), a.householdId(), a.studentId(), a.studentName(), a.parentName(),
                        a.phone(), a.startsAt(), a.counselorId(), a.counselorName()))
                .toList();
    }

    // --- what became of it ------------------------------------------------------------------------

    /** The family was called before their visit. */
    public AppointmentRow markReminded(long actorId, long id) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            booked(h, id);
            h.attach(AppointmentDao.class).reminded(id, actor.id(), now);
            return row(h, id);
        });
    }

    @Override
    public Registration arrived(long ref, Long receivedBy, boolean againToday) {
        if (receivedBy == null) {
            throw new ValidationException("staff", "error.staff.unknown");
        }
        return arrive(receivedBy, ref, againToday);
    }

    /**
     * The family arrived: their visit is registered at the desk as {@code actorId} (WalkInService's
     * registration, channel 邀约上访, the appointment's counselor; the household's owner follows the
     * ownership rule), linked to the appointment, which is then arrived — all in one transaction.
     */
    public Registration arrive(long actorId, long id, boolean againToday) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            office.activeStaff(h, actorId);
            AppointmentData a = booked(h, id);
            HouseholdCard card = families.in(h).card(a.householdId()).orElseThrow();
            Student s = card.student(a.studentId());
            WalkIn walkIn = new WalkIn(phoneOf(card), null, s.id(),
                    new StudentDetails(s.name(), s.gender(), s.gradeOn(now.toLocalDate()), s.school()), List.of(), null,
                    Channel.INVITED, null, "", a.note(), a.counselorId());
            Registration r = walkIns.register(h, walkIn, actorId, againToday, id);
            close(h, a, AppointmentStatus.ARRIVED, actorId, now, "", null);
            return r;
        });
    }

    /** The family did not come (once the time has come). */
    public AppointmentRow noShow(long actorId, long id) {
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            office.activeStaff(h, actorId);
            AppointmentData a = booked(h, id);
            if (now.isBefore(a.startsAt())) {
                throw new ValidationException(APPOINTMENT, "error.appointment.notYet");
            }
            close(h, a, AppointmentStatus.NO_SHOW, actorId, now, "", null);
            return row(h, id);
        });
    }

    /** The family or the office called it off; the reason may be left open. */
    public AppointmentRow cancel(long actorId, long id, String reason) {
        String why = Text.optional(REASON, reason, Text.LONG_MAX);
        LocalDateTime now = now();
        return db.inTransaction(h -> {
            office.activeStaff(h, actorId);
            close(h, booked(h, id), AppointmentStatus.CANCELLED, actorId, now, why, null);
            return row(h, id);
        });
    }

    /**
     * Moves a booked visit to another time (and counselor, if the booking names one): a new appointment
     * for the same student, the old one kept as rescheduled, pointing at it. Returns the new one.
     */
    public AppointmentRow reschedule(long actorId, long id, Booking to, boolean confirmed) {
        LocalDateTime now = now();
        to.notPast(now);
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            AppointmentData old = booked(h, id);
            HouseholdCard card = families.in(h).card(old.householdId()).orElseThrow();
            Booking moved = new Booking(to.startsAt(), to.otherOffer(),
                    to.counselorId() != null ? to.counselorId() : old.counselorId(), old.studentId(), to.bring(),
                    to.note().isEmpty() ? old.note() : to.note());
            if (!confirmed) {
                List<Msg> warnings = warnings(h, moved.counselorId(), moved.startsAt(), id);
                if (!warnings.isEmpty()) {
                    throw new BookingWarnings(warnings);
                }
            }
            long newId = book(h, actor, card, null, moved, old.madeInCall(), true, now);
            close(h, old, AppointmentStatus.RESCHEDULED, actor.id(), now, "", newId);
            return row(h, newId);
        });
    }

    private void close(Handle h, AppointmentData a, AppointmentStatus status, long by, LocalDateTime now, String reason,
            Long rescheduledTo) {
        if (h.attach(AppointmentDao.class).close(a.id(), status, by, now, reason, rescheduledTo) != 1) {
            throw new ValidationException(APPOINTMENT, "error.appointment.notBooked");
        }
        db.announce(h, HotlineNews.APPOINTMENT, String.valueOf(a.id()));
    }

    /** The appointment, when it is still booked; else why not. */
    private static AppointmentData booked(Handle h, long id) {
        AppointmentData a = h.attach(AppointmentDao.class).find(id)
                .orElseThrow(() -> new ValidationException(APPOINTMENT, "error.appointment.unknown"));
        if (a.status() != AppointmentStatus.BOOKED) {
            throw new ValidationException(APPOINTMENT, "error.appointment.notBooked", a.status());
        }
        return a;
    }

    /** The number the desk would have typed: the main contact's, else any of the household's. */
    private static Phone phoneOf(HouseholdCard card) {
        ContactPhone main = card.mainPhone();
        if (main != null) {
            return main.phone();
        }
        return card.contacts().stream().flatMap(c -> c.phones().stream()).map(ContactPhone::phone).findFirst()
                .orElseThrow(() -> new ValidationException(APPOINTMENT, "error.appointment.noPhone"));
    }

    // --- the family page --------------------------------------------------------------------------

    @Override
    public List<TimelineEntry> entries(Handle h, long householdId) {
        return rows(h, h.attach(AppointmentDao.class).ofHousehold(householdId)).stream()
                .map(a -> new TimelineEntry(a.bookedAt(), TIMELINE_KIND, a.id(),
                        new Msg("timeline.appointment.summary", shown(a.startsAt()), a.studentName(),
                                a.counselorName(), a.status()),
                        a.bookedByName(), a.status() == AppointmentStatus.CANCELLED))
                .toList();
    }

    // --- rows -------------------------------------------------------------------------------------

    private AppointmentRow row(Handle h, long id) {
        return rows(h, List.of(h.attach(AppointmentDao.class).find(id).orElseThrow())).get(0);
    }

    /** Appointments with their family's main contact and number. */
    private List<AppointmentRow> rows(Handle h, List<AppointmentData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        Map<Long, HouseholdCard> cards = families.in(h).cards(data.stream().map(AppointmentData::householdId)
                .distinct().toList()).stream().collect(Collectors.toMap(HouseholdCard::id, Function.identity()));
        return data.stream().map(a -> {
            HouseholdCard card = cards.get(a.householdId());
            ContactPhone phone = card.mainPhone();
            return new AppointmentRow(a.id(), a.householdId(), a.studentId(), a.studentName(),
                    card.mainContact() == null ? "" : card.mainContact().name(), phone == null ? null : phone.phone(),
                    a.counselorId(), a.counselorName(), a.startsAt(), a.otherOffer(), a.status(),
                    BringItem.parse(a.bring()), a.note(), a.madeInCall(), a.rescheduledTo(), a.remindedAt(),
                    a.visitId(), a.statusReason(), a.bookedAt(), a.bookedByName());
        }).toList();
    }

    static String shown(LocalDateTime t) {
        return t.format(SHOWN);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
