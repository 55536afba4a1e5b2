package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.TimelineEntry;
import com.counseldesk.family.TimelineSource;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.VisitStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Follow-ups (回访): planned for a household (and a student, if one) from its family page, from
 * today's visitors when a family leaves without signing, or from a consultation note; made, with
 * the result and the next one planned in the same transaction. Every read and write is checked by
 * {@link Access}: the acting staff comes with each call, read again inside the transaction.
 */
public class FollowUpService {
    /** The kinds of the follow-ups' entries on the family page's timeline (and the keys of their labels). */
    public static final String TIMELINE_PLANNED = "timeline.followUp.planned";
    public static final String TIMELINE_DONE = "timeline.followUp.done";
    public static final String FOLLOW_UP = "followUp";
    public static final String OWNER = "owner";
    public static final String STUDENT = "student";
    private final Database db;
    private final Clock clock;
    private final FamilyService families;
    private final OfficeService office;
    private final VisitService visits;
    private final HouseholdAccess access;

    /** What the form that plans a follow-up starts from: the household, who it goes to, and who else may take it. */
    public record Scheduling(HouseholdCard household, Staff proposedOwner, List<Staff> owners) {
        public Scheduling {
            owners = List.copyOf(owners);
        }
    }

    /** A follow-up made, and the next one planned with it (null when none was). */
    public record Recorded(FollowUp done, FollowUp next) {
    }

    public FollowUpService(Database db, Clock clock, FamilyService families, OfficeService office,
            VisitService visits) {
        this.db = db;
        this.clock = clock;
        this.families = families;
        this.office = office;
        this.access = new HouseholdAccess(families, office);
        this.visits = visits;
    }

    /**
     * The household as the planning form shows it, the counselor a new follow-up goes to (the
     * household's owner; for a family nobody owns, the person planning it) and, for a manager, the
     * counselors who may take it instead: those who may read the household's records.
     */
    public Scheduling scheduling(long actorId, long householdId) {
        record Read(Staff actor, HouseholdCard card, Staff proposed) {
        }
        Read read = db.read(h -> {
            Staff actor = office.activeStaff(h, actorId);
            HouseholdCard card = readable(h, actor, householdId);
            return new Read(actor, card, proposedOwner(h, actor, card));
        });
        List<Staff> owners;
        if (read.actor().role() == Role.MANAGER) {
            owners = office.counselors().stream().filter(s -> mayTake(s, read.card())).toList();
        } else {
            owners = read.proposed() == null ? List.of() : List.of(read.proposed());
        }
        return new Scheduling(read.card(), read.proposed(), owners);
    }

    /** Plans a follow-up from the family page; {@code ownerId} null gives it to the proposed owner. */
    public FollowUp schedule(long actorId, long householdId, Long studentId, Long ownerId, FollowUpPlan plan) {
        LocalDateTime now = LocalDateTime.now(clock);
        plan.notPast(now);
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            HouseholdCard card = readable(h, actor, householdId);
            return insert(h, actor, card, studentId, ownerFor(h, actor, card, ownerId), plan, null, null, now);
        });
    }

    /** Plans a follow-up for a family that came today and leaves without signing (from today's visitors). */
    public FollowUp scheduleAfterVisit(long actorId, long visitId, Long studentId, Long ownerId, FollowUpPlan plan) {
        VisitRow visit = visits.visit(visitId).orElseThrow(() -> new ValidationException("visit",
                "error.visit.unknown"));
        if (visit.status() == VisitStatus.VOID) {
            throw new ValidationException("visit", "error.visit.void");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        plan.notPast(now);
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            HouseholdCard card = readable(h, actor, visit.householdId());
            return insert(h, actor, card, studentId, ownerFor(h, actor, card, ownerId), plan, null, visitId, now);
        });
    }

    /**
     * Plans the follow-up a consultation note calls for (the note editor's "plan the call back"): for
     * the note's household and student, recorded as coming from that note.
     */
    public FollowUp scheduleFromNote(long actorId, long noteId, Long ownerId, FollowUpPlan plan) {
        LocalDateTime now = LocalDateTime.now(clock);
        plan.notPast(now);
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            FollowUpDao.NoteRef note = h.attach(FollowUpDao.class).note(noteId)
                    .orElseThrow(() -> new ValidationException("note", "error.followUp.noteUnknown"));
            HouseholdCard card = readable(h, actor, note.householdId());
            return insert(h, actor, card, note.studentId(), ownerFor(h, actor, card, ownerId), plan, noteId, null,
                    now);
        });
    }

    /**
     * Records what came of a follow-up and plans the next one (if the outcome has one) in the same
     * transaction: both are stored or neither. The next one goes to the same counselor while they may
     * still take it, else to whom a new one would go.
     */
    public Recorded record(long actorId, long followUpId, FollowUpOutcome outcome) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (outcome.next() != null) {
            outcome.next().notPast(now);
        }
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            FollowUpDao dao = h.attach(FollowUpDao.class);
            FollowUp f = dao.find(followUpId).orElseThrow(() -> new ValidationException(FOLLOW_UP,
                    "error.followUp.unknown"));
            HouseholdCard card = readable(h, actor, f.householdId());
            if (dao.markDone(followUpId, now, actor.id(), outcome.result(), outcome.note()) != 1) {
                throw new ValidationException(FOLLOW_UP, "error.followUp.alreadyDone", f.doneByName());
            }
            FollowUp next = null;
            if (outcome.next() != null) {
                Staff owner = office.staff(h, f.ownerId()).filter(s -> mayTake(s, card))
                        .orElseGet(() -> ownerFor(h, actor, card, null));
                next = insert(h, actor, card, f.studentId(), owner, outcome.next(), null, null, now);
            }
            return new Recorded(dao.find(followUpId).orElseThrow(), next);
        });
    }

    /** A follow-up with its family, for the dialog that records its result. */
    public FollowUpLine line(long actorId, long followUpId) {
        return db.read(h -> {
            Staff actor = office.activeStaff(h, actorId);
            FollowUp f = h.attach(FollowUpDao.class).find(followUpId)
                    .orElseThrow(() -> new ValidationException(FOLLOW_UP, "error.followUp.unknown"));
            return FollowUpLine.of(f, readable(h, actor, f.householdId()));
        });
    }

    /** The household's open follow-ups with whom each is about, the soonest due first. */
    public List<FollowUpLine> openFor(long actorId, long householdId) {
        return db.read(h -> {
            HouseholdCard card = readable(h, office.activeStaff(h, actorId), householdId);
            return h.attach(FollowUpDao.class).openOfHousehold(householdId).stream()
                    .map(f -> FollowUpLine.of(f, card)).toList();
        });
    }

    /**
     * The actor's open follow-ups with an agreed time after {@code after} and not after {@code until}:
     * those that fell due in between (for the reminder while the app is open).
     */
    public List<FollowUpLine> fallingDue(long actorId, LocalDateTime after, LocalDateTime until) {
        return db.read(h -> {
            Staff actor = office.activeStaff(h, actorId);
            List<FollowUp> due = h.attach(FollowUpDao.class).timedFallingDue(actor.id(), after, until);
            return FollowUpLine.readable(actor, due, cards(h, due.stream().map(FollowUp::householdId)));
        });
    }

    /** The households with these ids, each read once. */
    Map<Long, HouseholdCard> cards(Handle h, Stream<Long> householdIds) {
        return families.in(h).cards(householdIds.distinct().toList()).stream()
                .collect(Collectors.toMap(HouseholdCard::id, c -> c, (a, b) -> a, HashMap::new));
    }

    /**
     * The follow-up a hotline call ends with, inside the call's transaction: it goes to the household's
     * owner, or for a family nobody owns to whoever took the call. The taker need not read the family's
     * records: a counselor answering another's family at the phone sets the owner's call back, as the
     * office's rotation means they often do, and sees it no more than the rest of that family's records.
     */
    public FollowUp scheduleFromCall(Handle h, long takerId, long callId, HouseholdCard card, Long studentId,
            FollowUpPlan plan) {
        LocalDateTime now = LocalDateTime.now(clock);
        Staff taker = office.activeStaff(h, takerId);
        plan.notPast(now);
        Long ownerId = card.activeOwnerId();
        Staff owner = ownerId != null ? office.staff(h, ownerId).orElse(null) : taker.role().consults() ? taker : null;
        if (owner == null) {
            throw new ValidationException(OWNER, "error.followUp.noOwner");
        }
        return insert(h, taker, card, studentId, owner, plan, null, null, callId, now);
    }

    /**
     * The follow-ups on the family page's timeline: each one when it was planned and, once made, its
     * result. Shown to {@code viewer} (who is at this PC) only when they may read the household's records.
     */
    public TimelineSource timeline(Supplier<Long> viewer) {
        return (h, householdId) -> {
            Long viewerId = viewer.get();
            HouseholdCard card = viewerId == null ? null : access.readable(h, viewerId, householdId).orElse(null);
            if (card == null) {
                return List.of();
            }
            List<TimelineEntry> out = new ArrayList<>();
            for (FollowUp f : h.attach(FollowUpDao.class).ofHousehold(householdId)) {
                String student = FollowUpLine.students(card, f.studentId());
                out.add(new TimelineEntry(f.createdAt(), TIMELINE_PLANNED, f.id(), new Msg(
                        "timeline.followUp.planned.summary", f.dueText(), student, f.purpose(), f.ownerName()),
                        f.createdByName(), false));
                if (!f.isOpen()) {
                    out.add(new TimelineEntry(f.doneAt(), TIMELINE_DONE, f.id(), new Msg(
                            f.resultNote().isEmpty() ? "timeline.followUp.done.summary"
                                    : "timeline.followUp.done.summaryNote",
                            f.result(), f.purpose(), f.resultNote()), f.doneByName(), false));
                }
            }
            return out;
        };
    }

    // --- the rules -------------------------------------------------------------------------------

    /** The household, when the actor may read its records; else the refusal. */
    private HouseholdCard readable(Handle h, Staff actor, long householdId) {
        return access.require(h, actor, householdId);
    }

    /** Who a new follow-up goes to by default: the household's owner, or for a family nobody owns, the actor. */
    private Staff proposedOwner(Handle h, Staff actor, HouseholdCard card) {
        Long owner = card.activeOwnerId();
        if (owner != null) {
            return office.staff(h, owner).orElse(null);
        }
        return actor.role().consults() ? actor : null;
    }

    /** Whether {@code s} may be given a follow-up of this household: an active counselor who may read its records. */
    private static boolean mayTake(Staff s, HouseholdCard card) {
        return s.active() && s.role().consults() && Access.readsInFull(s, card.activeOwnerId());
    }

    /**
     * Who a follow-up planned by {@code actor} goes to: the proposed owner, or the one a manager chose
     * (an active counselor or manager who may read the household's records).
     */
    private Staff ownerFor(Handle h, Staff actor, HouseholdCard card, Long chosen) {
        Staff proposed = proposedOwner(h, actor, card);
        if (chosen == null || (proposed != null && chosen == proposed.id())) {
            if (proposed == null) {
                throw new ValidationException(OWNER, "error.counselor.choose");
            }
            return proposed;
        }
        if (actor.role() != Role.MANAGER) {
            throw new ValidationException(OWNER, "error.followUp.ownerManagerOnly");
        }
        return office.staff(h, chosen).filter(s -> s.active() && s.role().consults())
                .orElseThrow(() -> new ValidationException(OWNER, "error.counselor.invalid"));
    }

    private FollowUp insert(Handle h, Staff actor, HouseholdCard card, Long studentId, Staff owner,
            FollowUpPlan plan, Long fromNote, Long fromVisit, LocalDateTime now) {
        return insert(h, actor, card, studentId, owner, plan, fromNote, fromVisit, null, now);
    }

    private FollowUp insert(Handle h, Staff actor, HouseholdCard card, Long studentId, Staff owner,
            FollowUpPlan plan, Long fromNote, Long fromVisit, Long fromCall, LocalDateTime now) {
        if (studentId != null && card.student(studentId) == null) {
            throw new ValidationException(STUDENT, "error.student.unknown");
        }
        if (!mayTake(owner, card)) {
            throw new ValidationException(OWNER, "error.followUp.ownerNoAccess", owner.name());
        }
        FollowUpDao dao = h.attach(FollowUpDao.class);
        long id = dao.insert(card.id(), studentId, owner.id(), plan.dueAt(), plan.hasTime(), plan.purpose(), fromNote,
                fromVisit, fromCall, actor.id(), now);
        return dao.find(id).orElseThrow();
    }
}
