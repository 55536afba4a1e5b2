package com.counseldesk.walkin;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Households;
import com.counseldesk.family.Student;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.office.OfficeService;
import com.counseldesk.walkin.VisitDao.StudentLink;
import com.counseldesk.walkin.VisitDao.VisitData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Visits after they were registered: today's board and its status buttons, a household's past
 * visits, corrections and voiding (with history), and the visits on the family page's timeline.
 */
public class VisitService implements TimelineSource {
    /** The kind of a visit's entries on the family page's timeline (and the key of its label). */
    public static final String TIMELINE_KIND = "timeline.visit";
    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final OfficeService office;

    public VisitService(Database db, Clock clock, FamilyService families, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.office = office;
    }

    /** Today's visitors, newest arrival first. */
    public List<VisitRow> today() {
        return on(currentDay());
    }

    /** The visitors of one day, newest arrival first (voided ones included, marked). */
    public List<VisitRow> on(LocalDate day) {
        return db.read(h -> rows(h, h.attach(VisitDao.class)
                .arrivedBetween(day.atStartOfDay(), day.plusDays(1).atStartOfDay())));
    }

    /**
     * The families waiting or in consultation now with this counselor (today's visits that have not
     * left), the earliest arrival first; at most {@code limit}.
     */
    public List<VisitRow> atTheOfficeWith(long counselorId, int limit) {
        return db.read(h -> atTheOfficeWith(h, counselorId, limit));
    }

    /** As {@link #atTheOfficeWith(long, int)}, on the caller's handle (another feature's page read in one go). */
    public List<VisitRow> atTheOfficeWith(Handle h, long counselorId, int limit) {
        LocalDate day = currentDay();
        return rows(h, h.attach(VisitDao.class)
                .openWith(counselorId, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), limit));
    }

    /** The office's today, by its clock. */
    public LocalDate currentDay() {
        return LocalDate.now(clock);
    }

    /** A household's visits, newest first (voided ones included, marked). */
    public List<VisitRow> visitsOf(long householdId) {
        return db.read(h -> rows(h, h.attach(VisitDao.class).byHousehold(householdId)));
    }

    /** One visit as the lists show it (to correct or void it). */
    public Optional<VisitRow> visit(long visitId) {
        return db.read(h -> h.attach(VisitDao.class).find(visitId).map(v -> rows(h, List.of(v)).get(0)));
    }

    /** How many visits (not voided) a household has made. */
    public int countFor(long householdId) {
        return db.read(h -> h.attach(VisitDao.class).countFor(householdId));
    }

    /** Moves a visit to waiting, in consultation or left; leaving records the time. A void visit stays void. */
    public VisitRow setStatus(long visitId, VisitStatus status) {
        if (!VisitStatus.AT_THE_DESK.contains(status)) {
            throw new IllegalArgumentException("Use voidVisit to void a visit");
        }
        LocalDateTime leftAt = status == VisitStatus.LEFT ? LocalDateTime.now(clock) : null;
        return db.inTransaction(h -> {
            VisitDao visits = h.attach(VisitDao.class);
            if (visits.updateStatus(visitId, status, leftAt) != 1) {
                throw new ValidationException("visit",
                        visits.find(visitId).isPresent() ? "error.visit.void" : "error.visit.unknown");
            }
            db.announce(h, VisitNews.CHANGED, String.valueOf(visitId));
            return row(h, visitId);
        });
    }

    /** Puts right a visit registered with a mistake; each changed field is in the household's history. */
    public VisitRow correct(long visitId, VisitCorrection c, Long by) {
        return db.inTransaction(h -> {
            VisitDao visits = h.attach(VisitDao.class);
            VisitData v = notVoid(visits, visitId);
            String counselor = office.activeCounselor(h, c.counselorId()).name();
            Households households = families.in(h);
            HouseholdCard card = households.card(v.householdId()).orElseThrow();
            for (Long id : c.studentIds()) {
                if (card.student(id) == null) {
                    throw new ValidationException("student", "error.student.unknown");
                }
            }
            List<Long> before = studentIds(visits, List.of(visitId)).getOrDefault(visitId, List.of());
            visits.correct(visitId, c.counselorId(), c.channel(), c.purpose());
            visits.unlinkAll(visitId);
            c.studentIds().forEach(s -> visits.link(visitId, s));
            long hid = v.householdId();
            households.log(hid, "visit", visitId, "counselor", v.counselorName(), counselor, "", by);
            households.log(hid, "visit", visitId, "channel", v.channel().name(), c.channel().name(), "", by);
            households.log(hid, "visit", visitId, "purpose", v.purpose(), c.purpose(), "", by);
            households.log(hid, "visit", visitId, "students", names(card, before), names(card, c.studentIds()), "",
                    by);
            db.announce(h, VisitNews.CHANGED, String.valueOf(visitId));
            return row(h, visitId);
        });
    }

    /** Voids a visit registered by mistake: it stays on record, marked void, with the reason. */
    public VisitRow voidVisit(long visitId, String reason, Long by) {
        String why = Text.required("reason", reason, Text.LONG_MAX);
        return db.inTransaction(h -> {
            VisitDao visits = h.attach(VisitDao.class);
            VisitData v = notVoid(visits, visitId);
            visits.markVoid(visitId, why);
            families.in(h).log(v.householdId(), "visit", visitId, "status", v.status().name(),
                    VisitStatus.VOID.name(), why, by);
            db.announce(h, VisitNews.CHANGED, String.valueOf(visitId));
            return row(h, visitId);
        });
    }

    /** The visit to change: it must exist and not be void (a void visit stays as it was voided). */
    private static VisitData notVoid(VisitDao visits, long visitId) {
        VisitData v = visits.find(visitId).orElseThrow(() -> new ValidationException("visit", "error.visit.unknown"));
        if (v.status() == VisitStatus.VOID) {
            throw new ValidationException("visit", "error.visit.void");
        }
        return v;
    }

    @Override
    public List<TimelineEntry> entries(Handle h, long householdId) {
        return rows(h, h.attach(VisitDao.class).byHousehold(householdId)).stream()
                .map(r -> new TimelineEntry(r.arrivedAt(), TIMELINE_KIND, r.visitId(),
                        new Msg("timeline.visit.summary", r.studentNames(), r.channel(), r.counselorName(),
                                r.purpose()),
                        r.counselorName(), r.status() == VisitStatus.VOID))
                .toList();
    }

    private VisitRow row(Handle h, long visitId) {
        return rows(h, List.of(h.attach(VisitDao.class).find(visitId).orElseThrow())).get(0);
    }

    /** Visits with the names of their household, students and main contact. */
    private List<VisitRow> rows(Handle h, List<VisitData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> students = studentIds(h.attach(VisitDao.class),
                data.stream().map(VisitData::id).toList());
        List<Long> householdIds = data.stream().map(VisitData::householdId).distinct().toList();
        Map<Long, HouseholdCard> cards = families.in(h).cards(householdIds).stream()
                .collect(Collectors.toMap(HouseholdCard::id, Function.identity()));
        return data.stream().map(v -> {
            HouseholdCard card = cards.get(v.householdId());
            List<Long> ids = students.getOrDefault(v.id(), List.of());
            ContactPhone phone = card.mainPhone();
            return new VisitRow(v.id(), v.householdId(), ids, names(card, ids),
                    card.mainContact() == null ? "" : card.mainContact().name(),
                    phone == null ? null : phone.phone(), v.channel(), v.arrivedAt(), v.leftAt(), v.status(),
                    v.counselorId(), v.counselorName(), v.whoCame(), v.purpose(), v.voidReason());
        }).toList();
    }

    private static Map<Long, List<Long>> studentIds(VisitDao visits, List<Long> visitIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        for (StudentLink l : visits.students(visitIds)) {
            out.computeIfAbsent(l.visitId(), k -> new ArrayList<>()).add(l.studentId());
        }
        return out;
    }

    private static String names(HouseholdCard card, List<Long> studentIds) {
        return studentIds.stream().map(card::student).filter(Objects::nonNull).map(Student::name)
                .collect(Collectors.joining("、"));
    }
}
