package com.counseldesk.hotline;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.Contact;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Households;
import com.counseldesk.family.NewHousehold;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.hotline.CallDao.CallData;
import com.counseldesk.hotline.CallDao.SubjectRow;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Logging calls (热线登记): one transaction finds the household by the phone (the same look-up as
 * the desk's), makes one for a new number that gave a student's name (owned by whoever took the
 * call, channel 来电咨询 or 陌拜), adds the call to a known household whoever owns it (and says whose
 * it is), puts what was learned into the household's records, takes the duty turn of an inbound
 * call, and stores the outcome: the appointment booked or the follow-up set. All of it is stored, or
 * none. Calls are on the family page's timeline.
 */
public class CallService implements TimelineSource {
    /** The kind (and the key of the label) of a call's entries on the family page's timeline. */
    public static final String TIMELINE_KIND = "timeline.call";
    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final OfficeService office;
    private final DutyService duty;
    private final AppointmentService appointments;
    private final FollowUpService followUps;

    public CallService(Database db, Clock clock, FamilyService families, OfficeService office, DutyService duty,
            AppointmentService appointments, FollowUpService followUps) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.office = office;
        this.duty = duty;
        this.appointments = appointments;
        this.followUps = followUps;
    }

    /**
     * Logs a call taken (or made) by {@code actorId}. For an inbound call {@code turnId} is the turn
     * taken when the call was picked up ({@link DutyService#answer}); null takes the turn now. A new
     * number that gave no student's name is stored with the call alone, and cannot end with a visit or
     * a follow-up (there is no family to hang them on): that is refused beside the student's name.
     * A booking whose time deserves a warning ({@link BookingWarnings}) is stored once
     * {@code warningsSeen}.
     */
    public LoggedCall log(long actorId, NewCall call, Long turnId, boolean warningsSeen) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        LocalDateTime startedAt = call.startedAt() != null ? call.startedAt().withNano(0)
                : now.minusSeconds(call.durationSeconds());
        if (startedAt.isAfter(now)) {
            throw new ValidationException(NewCall.STARTED_AT, "error.call.future");
        }
        if (call.followUp() != null) {
            call.followUp().notPast(now);
        }
        if (call.booking() != null) {
            call.booking().notPast(now);
        }
        CallSheet sheet = call.sheet();
        return db.inTransaction(h -> {
            Staff taker = office.activeStaff(h, actorId);
            Households households = families.in(h);
            Optional<HouseholdCard> known = households.byPhone(sheet.phone());
            HouseholdCard card = null;
            Long studentId = null;
            boolean created = false;
            if (known.isPresent()) {
                card = known.get();
                if (call.outcome().isClient()) {
                    studentId = intoRecords(households, card, sheet, taker.id(), now.toLocalDate());
                    households.contacted(card.id());
                    card = households.card(card.id()).orElseThrow();
                }
            } else if (call.outcome().isClient() && sheet.student().isPresent()) {
                Long owner = taker.role().consults() ? taker.id() : null;
                card = households.create(new NewHousehold(call.kind().channel(), null, sheet.student().get(),
                        sheet.parent(), sheet.phone()), owner, Stage.NEW, taker.id());
                households.setDistrict(card.id(), sheet.district(), taker.id());
                households.contacted(card.id());
                studentId = card.students().get(0).id();
                created = true;
            } else if (call.outcome().needsHousehold()) {
                throw new ValidationException(CallSheet.STUDENT_NAME, "error.call.studentNeeded");
            }
            CallDao dao = h.attach(CallDao.class);
            Long householdId = card == null ? null : card.id();
            long callId = dao.insert(householdId, studentId, sheet.phone(), call.kind(), taker.id(), startedAt,
                    call.durationSeconds(), call.outcome(), sheet, sheet.parent().name(), sheet.parent().relation(),
                    now);
            for (SubjectNote n : sheet.subjects()) {
                dao.insertSubject(callId, n.subject(), n.standing(), n.wanted());
            }
            int joined = 0;
            if (created) {
                String base = sheet.phone().base().value();
                joined = dao.adoptUnknown(card.id(), base, base + "$");
            }
            Long turn = null;
            if (call.kind().isInbound()) {
                turn = turnId != null ? turnId : duty.answer(h, taker.id(), now);
                if (turn != null) {
                    duty.linkCall(h, turn, taker.id(), callId);
                }
            } else if (turnId != null) {
                throw new ValidationException(NewCall.KIND, "error.call.turnNotInbound");
            }
            Long appointmentId = null;
            Long followUpId = null;
            if (call.booking() != null) {
                appointmentId = appointments.book(h, taker, card, studentId, call.booking(), callId,
                        warningsSeen, now);
            }
            if (call.followUp() != null) {
                followUpId = followUps.scheduleFromCall(h, taker.id(), callId, card, studentId, call.followUp()).id();
            }
            db.announce(h, HotlineNews.CALL, String.valueOf(callId));
            Long ownerId = card == null ? null : card.household().ownerId();
            String ownerName = card == null ? null : card.ownerName();
            boolean other = card != null && card.activeOwnerId() != null && card.activeOwnerId() != taker.id();
            return new LoggedCall(callId, householdId, created, studentId, ownerId, ownerName, other, turn,
                    appointmentId, followUpId, joined);
        });
    }

    /**
     * What the sheet says goes into a known household's records as at the desk: a student of that name
     * is that student (what was typed replaces, what was left blank stays), another name is a new
     * child; the name and relation of the contact with this number; the district. Returns the student.
     */
    private static Long intoRecords(Households households, HouseholdCard card, CallSheet sheet, long by,
            LocalDate today) {
        Long studentId = null;
        Optional<StudentDetails> typed = sheet.student();
        if (typed.isPresent()) {
            Student s = card.studentNamed(typed.get().name());
            if (s != null) {
                households.updateStudent(s.id(), typed.get().over(s, today), by);
                studentId = s.id();
            } else {
                studentId = households.addStudent(card.id(), typed.get(), Stage.NEW, by).id();
            }
        } else if (card.students().size() == 1) {
            studentId = card.students().get(0).id();
        }
        Contact contact = card.contactWith(sheet.phone());
        if (contact != null && !sheet.parent().name().isEmpty()) {
            households.updateContact(contact.id(), sheet.parent().over(contact), by);
        }
        households.setDistrict(card.id(), sheet.district(), by);
        return studentId;
    }

    // --- reading ----------------------------------------------------------------------------------

    public Optional<CallRow> call(long callId) {
        return db.read(h -> h.attach(CallDao.class).find(callId).map(c -> rows(h, List.of(c)).get(0)));
    }

    /** A household's calls, the latest first. */
    public List<CallRow> ofHousehold(long householdId) {
        return db.read(h -> rows(h, h.attach(CallDao.class).ofHousehold(householdId)));
    }

    /** The calls of a day, the latest first: one person's, or everyone's (null). */
    public List<CallRow> on(LocalDate day, Long takenBy) {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        return db.read(h -> {
            CallDao dao = h.attach(CallDao.class);
            return rows(h, takenBy == null ? dao.between(from, to) : dao.takenBetween(takenBy, from, to));
        });
    }

    /**
     * The call list (热线记录): the latest calls the filter finds that {@code actorId} may see (see
     * {@link CallQuery}), at most {@link CallList#LIMIT}, and how many it finds in all.
     */
    public CallList list(long actorId, CallFilter filter) {
        return db.read(h -> new CallQuery(filter, office.activeStaff(h, actorId)).run(h));
    }

    /** Where an export of the call list goes: how many calls, then each call, latest first. */
    public interface Listing {
        void count(int calls);

        void call(CallLine line);
    }

    /**
     * Every call of {@link #list} (not only the latest {@link CallList#LIMIT}), read in one transaction
     * (for an export); {@code out} may stop it by throwing (a cancelled export).
     */
    public void every(long actorId, CallFilter filter, Listing out) {
        db.read(h -> h.inTransaction(tx -> {
            new CallQuery(filter, office.activeStaff(tx, actorId)).each(tx, out);
            return null;
        }));
    }

    @Override
    public List<TimelineEntry> entries(Handle h, long householdId) {
        return rows(h, h.attach(CallDao.class).ofHousehold(householdId)).stream()
                .map(c -> new TimelineEntry(c.startedAt(), TIMELINE_KIND, c.id(),
                        new Msg("timeline.call.summary", c.kind(), minutes(c.durationSeconds()), c.outcome(),
                                c.sheet().summary().isEmpty() ? c.sheet().needs() : c.sheet().summary()),
                        c.takenByName(), false))
                .toList();
    }

    /** Whole minutes, at least one for a call that lasted at all. */
    static int minutes(int seconds) {
        return seconds == 0 ? 0 : Math.max(1, (seconds + 30) / 60);
    }

    private static List<CallRow> rows(Handle h, List<CallData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SubjectNote>> subjects = new HashMap<>();
        for (SubjectRow r : h.attach(CallDao.class).subjectsOf(data.stream().map(CallData::id).toList())) {
            subjects.computeIfAbsent(r.callId(), k -> new ArrayList<>()).add(r.note());
        }
        return data.stream().map(c -> new CallRow(c.id(), c.kind(), c.householdId(), c.studentId(), c.startedAt(),
                c.durationSeconds(), c.outcome(), c.takenBy(), c.takenByName(),
                new CallSheet(c.phone(), c.studentName(), c.gender(), c.grade(), c.school(),
                        subjects.getOrDefault(c.id(), List.of()), c.attitude(), c.parent(), c.district(), c.needs(),
                        c.summary())))
                .toList();
    }
}
