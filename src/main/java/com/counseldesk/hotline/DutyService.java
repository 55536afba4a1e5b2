package com.counseldesk.hotline;

import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.Database;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * The hotline duty rotation (热线轮值) of the office, day by day, kept in the database: every PC
 * reads it fresh, and every change (an answer, an absence, the order) is one transaction that reads
 * the day as stored and writes it back, so two PCs answering at the same moment take two turns one
 * after the other. The rules are {@link DutyRotation}'s; each turn taken or missed is recorded.
 *
 * <p>A manager sets the day's order, or a counselor when the office allows it
 * ({@link #setCounselorsArrange}); anyone on the staff can mark a counselor away or back.
 */
public class DutyService {
    /** The office option that lets counselors set the day's order too ("1" or "0"). */
    static final String COUNSELORS_ARRANGE = "duty.counselorsArrange";
    public static final String ORDER = "dutyOrder";
    public static final String TURN = "turn";
    private final Database db;
    private final Clock clock;
    private final OfficeService office;

    public DutyService(Database db, Clock clock, OfficeService office) {
        this.db = db;
        this.clock = clock;
        this.office = office;
    }

    /** Today's rotation as {@code actorId} sees it. */
    public DutyBoard today(long actorId) {
        return board(actorId, today());
    }

    /** A day's rotation as {@code actorId} sees it. */
    public DutyBoard board(long actorId, LocalDate day) {
        return db.read(h -> board(h, office.activeStaff(h, actorId), day));
    }

    /** Whether counselors may set the day's order (else only managers). */
    public boolean counselorsArrange() {
        return db.read(this::counselorsArrange);
    }

    /** A manager lets counselors set the day's order too, or stops them. */
    public void setCounselorsArrange(long actorId, boolean allowed) {
        db.inTransaction(h -> {
            if (office.activeStaff(h, actorId).role() != Role.MANAGER) {
                throw new ValidationException(ORDER, "error.duty.managerOnly");
            }
            office.setOption(h, COUNSELORS_ARRANGE, allowed ? "1" : "0");
            return null;
        });
    }

    /** The order to propose for today: the last day's, without those no longer counselors; else every counselor. */
    public List<Staff> proposedOrder() {
        List<Staff> counselors = office.counselors();
        return db.read(h -> {
            DutyDao dao = h.attach(DutyDao.class);
            Optional<LocalDate> before = dao.dayBefore(today());
            if (before.isEmpty()) {
                return counselors;
            }
            List<Staff> out = new ArrayList<>();
            for (DutyDao.SeatRow s : dao.seats(before.get())) {
                counselors.stream().filter(c -> c.id() == s.staffId()).findFirst().ifPresent(out::add);
            }
            return out.isEmpty() ? counselors : out;
        });
    }

    /** Sets today's order (counselors and managers who are active, each once). */
    public DutyBoard setOrder(long actorId, List<Long> staffIds) {
        if (staffIds.isEmpty()) {
            throw new ValidationException(ORDER, "error.duty.empty");
        }
        if (staffIds.stream().distinct().count() != staffIds.size()) {
            throw new ValidationException(ORDER, "error.duty.twice");
        }
        return change(actorId, true, h -> {
            for (Long id : staffIds) {
                requireCounselor(h, id);
            }
            return r -> r.withOrder(staffIds);
        });
    }

    /** Puts a counselor on today's order, at its end. */
    public DutyBoard add(long actorId, long staffId) {
        return change(actorId, true, h -> {
            requireCounselor(h, staffId);
            return r -> r.with(staffId);
        });
    }

    /** Takes a counselor off today's order; the others' turns stay as they were. */
    public DutyBoard remove(long actorId, long staffId) {
        return change(actorId, true, h -> r -> r.without(staffId));
    }

    /** Marks a counselor on today's order away ({@code absent}) or back. */
    public DutyBoard setAbsent(long actorId, long staffId, boolean absent) {
        return change(actorId, false, h -> r -> {
            if (!r.isOnDuty(staffId)) {
                throw new ValidationException(ORDER, "error.duty.notOnOrder");
            }
            return r.absent(staffId, absent);
        });
    }

    /**
     * {@code takerId} picked up an inbound call (the call form opened): their turn is taken, and those
     * the call passed on the way to them miss theirs. The turn is used whatever the call turns out to
     * be. Someone not on today's order uses no turn.
     */
    public AnsweredTurn answer(long takerId) {
        return db.inTransaction(h -> {
            Staff taker = office.activeStaff(h, takerId);
            Long turn = answer(h, taker.id(), LocalDateTime.now(clock));
            return new AnsweredTurn(turn, board(h, taker, today()));
        });
    }

    /** Inside a call's transaction: the turn {@code takerId} takes by answering now; null when not on duty today. */
    Long answer(Handle h, long takerId, LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        DutyDao dao = h.attach(DutyDao.class);
        Optional<DutyRotation> stored = rotation(dao, day);
        if (stored.isEmpty()) {
            return null;
        }
        DutyRotation.Answer a = stored.get().answer(takerId);
        if (!a.onDuty()) {
            return null;
        }
        Long taken = null;
        for (TurnStep s : a.steps()) {
            long id = dao.insertTurn(day, s.round(), s.staffId(), s.kind(), at);
            if (s.kind() == TurnKind.TAKEN) {
                taken = id;
            }
        }
        store(dao, day, stored.get(), a.after(), takerId, at);
        db.announce(h, HotlineNews.DUTY, day.toString());
        return taken;
    }

    /**
     * {@code takerId} picked up by mistake (F2 for a call they make, not one that rang): the turn
     * {@code turnId} and the turns it passed over are taken back, and the next inbound call is offered
     * as it would have been. Only while nothing happened since — no call logged with the turn, nobody
     * answered after it, the order unchanged — else the turn stays used (returns false). The rows are
     * removed rather than marked: they record a key pressed by mistake, not a call the office had.
     */
    public boolean giveBack(long takerId, long turnId) {
        return db.inTransaction(h -> {
            DutyDao dao = h.attach(DutyDao.class);
            TurnRow taken = dao.turn(turnId).orElse(null);
            if (taken == null || taken.staffId() != takerId || taken.kind() != TurnKind.TAKEN
                    || taken.callId() != null || dao.changesAfter(taken.day(), taken.at()) > 0) {
                return false;
            }
            List<TurnRow> day = dao.turnsOn(taken.day());
            if (day.get(day.size() - 1).id() != turnId) {
                return false;
            }
            // The answer's turns: those passed over on the way to the taker, back to the previous answer.
            int first = day.size() - 1;
            while (first > 0 && day.get(first - 1).kind() != TurnKind.TAKEN) {
                first--;
            }
            List<TurnRow> answer = day.subList(first, day.size());
            DutyRotation now = rotation(dao, taken.day()).orElseThrow();
            Optional<DutySeat> offeredFirst = now.seat(answer.get(0).staffId());
            if (offeredFirst.isEmpty()) {
                return false;
            }
            DutyRotation before = new DutyRotation(now.seats(), offeredFirst.get().position(), answer.get(0).round());
            if (dao.forget(answer.stream().map(TurnRow::id).toList()) != answer.size()) {
                throw new IllegalStateException("A turn given back changed under the transaction");
            }
            store(dao, taken.day(), now, before, takerId, LocalDateTime.now(clock));
            db.announce(h, HotlineNews.DUTY, taken.day().toString());
            return true;
        });
    }

    /** Inside a call's transaction: the call logged with a turn its taker took; refuses another person's turn. */
    void linkCall(Handle h, long turnId, long takerId, long callId) {
        if (h.attach(DutyDao.class).linkCall(turnId, takerId, callId) != 1) {
            throw new ValidationException(TURN, "error.duty.turnNotYours");
        }
    }

    /** The turns of a day, in the order they were recorded. */
    public List<TurnRow> turnsOn(LocalDate day) {
        return db.read(h -> h.attach(DutyDao.class).turnsOn(day));
    }

    /** Each counselor's turns in a month: answered, skipped while away, passed over (the month-end count). */
    public List<DutyTally> month(YearMonth month) {
        return db.read(h -> {
            Map<Long, int[]> counts = new LinkedHashMap<>();
            Map<Long, String> names = new HashMap<>();
            for (DutyDao.Count c : h.attach(DutyDao.class).counts(month.atDay(1), month.plusMonths(1).atDay(1))) {
                counts.computeIfAbsent(c.staffId(), k -> new int[TurnKind.values().length])[c.kind().ordinal()] =
                        c.count();
                names.put(c.staffId(), c.name());
            }
            List<DutyTally> out = new ArrayList<>();
            counts.forEach((id, n) -> out.add(new DutyTally(id, names.get(id), n[TurnKind.TAKEN.ordinal()],
                    n[TurnKind.SKIPPED.ordinal()], n[TurnKind.PASSED.ordinal()])));
            return out;
        });
    }

    // --- the day as stored ------------------------------------------------------------------------

    /** What a change does to the day's rotation, decided inside the transaction. */
    @FunctionalInterface
    private interface Change {
        UnaryOperator<DutyRotation> decide(Handle h);
    }

    /** Reads today's rotation (made empty if the day has none), applies the change, writes what differs. */
    private DutyBoard change(long actorId, boolean arranging, Change change) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        return db.inTransaction(h -> {
            Staff actor = office.activeStaff(h, actorId);
            if (arranging && !mayArrange(h, actor)) {
                throw new ValidationException(ORDER, "error.duty.mayNotArrange");
            }
            UnaryOperator<DutyRotation> step = change.decide(h);
            DutyDao dao = h.attach(DutyDao.class);
            dao.insertDay(day, actor.id(), now);
            DutyRotation before = rotation(dao, day).orElseThrow();
            store(dao, day, before, step.apply(before), actor.id(), now);
            if (arranging) {
                dao.arranged(day, actor.id(), now);
            }
            db.announce(h, HotlineNews.DUTY, day.toString());
            return board(h, actor, day);
        });
    }

    private static Optional<DutyRotation> rotation(DutyDao dao, LocalDate day) {
        return dao.day(day).map(d -> new DutyRotation(dao.seats(day).stream().map(DutyDao.SeatRow::seat).toList(),
                d.nextPosition(), d.round()));
    }

    private static void store(DutyDao dao, LocalDate day, DutyRotation before, DutyRotation after, long by,
            LocalDateTime at) {
        for (DutySeat s : after.seats()) {
            if (!before.seat(s.staffId()).equals(Optional.of(s))) {
                dao.putSeat(day, s.staffId(), s.position(), s.absent(), by, at);
            }
        }
        for (DutySeat s : before.seats()) {
            if (!after.isOnDuty(s.staffId())) {
                dao.removeSeat(day, s.staffId(), by, at);
            }
        }
        if (before.nextPosition() != after.nextPosition() || before.round() != after.round()) {
            dao.moveDay(day, after.nextPosition(), after.round());
        }
    }

    private void requireCounselor(Handle h, long staffId) {
        Staff s = office.staff(h, staffId).orElseThrow(() -> new ValidationException(ORDER, "error.staff.notFound"));
        if (!s.active() || !s.role().consults()) {
            throw new ValidationException(ORDER, "error.duty.notCounselor", s.name());
        }
    }

    private boolean counselorsArrange(Handle h) {
        return office.option(h, COUNSELORS_ARRANGE).map("1"::equals).orElse(false);
    }

    private boolean mayArrange(Handle h, Staff who) {
        return who.active() && (who.role() == Role.MANAGER || who.role() == Role.COUNSELOR && counselorsArrange(h));
    }

    private DutyBoard board(Handle h, Staff viewer, LocalDate day) {
        DutyDao dao = h.attach(DutyDao.class);
        Optional<DutyDao.DayRow> stored = dao.day(day);
        boolean mayArrange = mayArrange(h, viewer);
        if (stored.isEmpty()) {
            return new DutyBoard(day, false, List.of(), null, null, 1, mayArrange);
        }
        List<DutyDao.SeatRow> seats = dao.seats(day);
        DutyRotation r = new DutyRotation(seats.stream().map(DutyDao.SeatRow::seat).toList(),
                stored.get().nextPosition(), stored.get().round());
        Long next = r.nextUp().map(DutySeat::staffId).orElse(null);
        Map<Long, int[]> counts = new HashMap<>();
        for (DutyDao.Count c : dao.counts(day, day.plusDays(1))) {
            int[] n = counts.computeIfAbsent(c.staffId(), k -> new int[2]);
            n[c.kind() == TurnKind.TAKEN ? 0 : 1] += c.count();
        }
        List<DutyLine> lines = seats.stream().map(s -> {
            int[] n = counts.getOrDefault(s.staffId(), new int[2]);
            return new DutyLine(s.staffId(), s.name(), s.position(), s.absent(),
                    next != null && next == s.staffId(), n[0], n[1]);
        }).toList();
        String nextName = seats.stream().filter(s -> next != null && s.staffId() == next).map(DutyDao.SeatRow::name)
                .findFirst().orElse(null);
        return new DutyBoard(day, true, lines, next, nextName, r.nextRound(), mayArrange);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
