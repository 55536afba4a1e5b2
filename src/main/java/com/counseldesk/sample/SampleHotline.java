package com.counseldesk.sample;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.Subject;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.DutyRotation;
import com.counseldesk.hotline.DutySeat;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.TurnKind;
import com.counseldesk.hotline.TurnStep;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sample office's hotline: calls over the past three months (one for about one household in five,
 * at most {@link #CALLS}, each from a household the office knew by then; inbound mostly, some cold
 * calls and follow-up calls, each with its outcome and a line of its sheet), the duty rotation of
 * every day that had inbound calls (the day's order, and the turns the calls took as
 * {@link DutyRotation} counts them: now and then the counselor whose turn it was was marked away and
 * skipped, or someone further down picked up and those before were passed over), the appointments
 * ({@link SampleAppointments}), and today's duty order, the last day's as the app proposes it.
 * Written after the households, in a few statements: it costs the demo a fraction of a second.
 */
final class SampleHotline {
    /** The most calls written, whatever the office's size. */
    static final int CALLS = 400;
    /** Over how many days before today the calls are spread. */
    private static final int DAYS = 90;
    /**
     * One inbound call in this many found the counselor whose turn it was marked away; they come round
     * in turn (not by chance), so that even a small office has some in every month.
     */
    private static final int AWAY_EVERY = 10;
    /** One inbound call in this many (in turn too) was picked up by someone further down the order. */
    private static final int OTHER_PICKS_UP_EVERY = 40;
    /** One day in this many the manager set another order than the day before's. */
    private static final int REARRANGED_EVERY = 5;
    private static final String[] NEEDS = {"数学成绩下滑", "想提高英语口语", "中考冲刺", "作业拖拉", "物理跟不上", "想找一对一",
        "偏科严重", "高考志愿咨询"};
    private static final String[] STANDING = {"85/120，粗心", "60/100，基础弱", "92/100", "70/150，阅读失分多", "不及格"};
    private final Database db;
    private final Clock clock;
    private final long seed;
    private final Random random;
    /** The turns the inbound calls took, day by day in the order they were taken. */
    private final List<Turn> turns = new ArrayList<>();
    /** The day's duty order, the same from day to day unless the manager rearranged it. */
    private final List<Long> order = new ArrayList<>();

    /** A call as drawn; an inbound call's taker is whoever the duty rotation gave it to. */
    private static final class Call {
        final LocalDateTime at;
        final long household;
        final CallKind kind;
        long takenBy;
        final int duration;
        final CallOutcome outcome;
        final String needs;
        final Subject subject;
        final String standing;
        long id;

        Call(LocalDateTime at, long household, CallKind kind, long takenBy, int duration, CallOutcome outcome,
                String needs, Subject subject, String standing) {
            this.at = at;
            this.household = household;
            this.kind = kind;
            this.takenBy = takenBy;
            this.duration = duration;
            this.outcome = outcome;
            this.needs = needs;
            this.subject = subject;
            this.standing = standing;
        }
    }

    SampleHotline(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.seed = seed;
        this.random = new Random(seed ^ 0x0CA11L);
    }

    /** Adds the hotline to an office of {@code households} households made by {@link SampleOffice}. */
    void create(List<Staff> staff, int households) {
        if (households == 0) {
            return;
        }
        OfficeService office = new OfficeService(db, clock);
        long manager = staff.stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow().id();
        long frontDesk = staff.stream().filter(s -> s.role() == Role.FRONT_DESK).findFirst().orElseThrow().id();
        List<Long> counselors = staff.stream().filter(s -> s.role() == Role.COUNSELOR).map(Staff::id).toList();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        List<Call> calls = draw(Math.min(CALLS, Math.max(1, households / 5)), households, counselors, now);
        db.inTransaction(h -> {
            duty(h, calls, counselors, manager, frontDesk);
            write(h, calls);
            return null;
        });
        new SampleAppointments(db, seed).create(frontDesk, households, counselors, now);
        // Today's order is the last day's, as the app proposes it to the manager.
        new DutyService(db, clock, office).setOrder(manager, order);
    }

    /**
     * The past three months' calls, oldest first, each for a household the office knew on an earlier
     * day, with a subject of its sheet. Days on which the office knew nobody yet have no calls.
     */
    private List<Call> draw(int count, int households, List<Long> counselors, LocalDateTime now) {
        CallKind[] kinds = {CallKind.INBOUND, CallKind.INBOUND, CallKind.INBOUND, CallKind.COLD, CallKind.FOLLOW_UP};
        CallOutcome[] outcomes = {CallOutcome.FOLLOW_UP, CallOutcome.FOLLOW_UP, CallOutcome.NOT_INTERESTED,
            CallOutcome.BOOKED, CallOutcome.NOT_CLIENT};
        List<Call> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int daysAgo = 1 + random.nextInt(DAYS);
            LocalDateTime at = now.toLocalDate().minusDays(daysAgo)
                    .atTime(LocalTime.of(9 + random.nextInt(11), random.nextInt(60)));
            int known = SampleOffice.seenBefore(daysAgo, households);
            if (known == 0) {
                continue;
            }
            out.add(new Call(at, 1 + random.nextInt(known), kinds[random.nextInt(kinds.length)],
                    counselors.get(random.nextInt(counselors.size())), 60 + random.nextInt(20 * 60),
                    outcomes[random.nextInt(outcomes.length)], NEEDS[random.nextInt(NEEDS.length)],
                    Subject.values()[random.nextInt(3)], STANDING[random.nextInt(STANDING.length)]));
        }
        out.sort(Comparator.comparing((Call c) -> c.at));
        return out;
    }

    /**
     * The duty rotation of every day with inbound calls, answered call by call as the office's rules
     * say: the day's order (the day before's, now and then rearranged), the turns each inbound call
     * took (its taker's, and those it skipped or passed over), and the day as it ended. Sets each
     * inbound call's taker.
     */
    private void duty(Handle h, List<Call> calls, List<Long> counselors, long manager, long frontDesk) {
        PreparedBatch day = h.prepareBatch("INSERT INTO duty_day (day, next_position, turn_round, set_by, set_at)"
                + " VALUES (:day, :next, :round, :by, :at)");
        PreparedBatch seat = h.prepareBatch("INSERT INTO duty_seat (day, staff_id, position, absent, removed,"
                + " changed_by, changed_at) VALUES (:day, :staff, :position, :absent, 0, :by, :at)");
        order.addAll(counselors);
        LocalDate current = null;
        DutyRotation rotation = null;
        LocalDateTime setAt = null;
        Map<Long, Change> changed = new HashMap<>();
        int inbound = 0;
        for (Call call : calls) {
            if (call.kind != CallKind.INBOUND) {
                continue;
            }
            LocalDate today = call.at.toLocalDate();
            if (!today.equals(current)) {
                if (current != null) {
                    endDay(day, seat, current, rotation, manager, setAt, changed);
                }
                if (random.nextInt(REARRANGED_EVERY) == 0) {
                    Collections.shuffle(order, random);
                }
                current = today;
                rotation = DutyRotation.start(order);
                setAt = today.atTime(8, 30 + random.nextInt(25));
                changed.clear();
            }
            rotation = answer(rotation, call, inbound++, frontDesk, changed);
        }
        if (current != null) {
            endDay(day, seat, current, rotation, manager, setAt, changed);
        }
        day.execute();
        seat.execute();
    }

    /** Who last changed a seat (marked its counselor away or back), and when. */
    private record Change(long by, LocalDateTime at) {
    }

    /**
     * The {@code n}-th inbound call answered: mostly by the counselor whose turn it is; now and then that
     * counselor was marked away (skipped, and marked back once the call was over), or someone further
     * down picked up (those before passed over).
     */
    private DutyRotation answer(DutyRotation rotation, Call call, int n, long frontDesk, Map<Long, Change> changed) {
        List<DutySeat> seats = rotation.seats();
        long next = rotation.nextUp().orElseThrow().staffId();
        Long away = null;
        long taker = next;
        if (seats.size() > 1 && n % AWAY_EVERY == 3) {
            away = next;
            rotation = rotation.absent(away, true);
            taker = rotation.nextUp().orElseThrow().staffId();
        } else if (seats.size() > 1 && n % OTHER_PICKS_UP_EVERY == 17) {
            List<DutySeat> others = seats.stream().filter(s -> s.staffId() != next).toList();
            taker = others.get(random.nextInt(others.size())).staffId();
        }
        DutyRotation.Answer a = rotation.answer(taker);
        for (TurnStep step : a.steps()) {
            turns.add(new Turn(call.at.toLocalDate(), step, step.kind() == TurnKind.TAKEN ? call : null, call.at));
        }
        call.takenBy = taker;
        DutyRotation after = a.after();
        if (away != null) {
            after = after.absent(away, false);
            changed.put(away, new Change(frontDesk, call.at.plusSeconds(call.duration)));
        }
        return after;
    }

    /** A turn as the rotation counted it; a turn taken has its call. */
    private record Turn(LocalDate day, TurnStep step, Call call, LocalDateTime at) {
    }

    /** The day's row as it ended (where the next call would have been offered) and its order. */
    private static void endDay(PreparedBatch day, PreparedBatch seat, LocalDate date, DutyRotation rotation,
            long manager, LocalDateTime setAt, Map<Long, Change> changed) {
        day.bind("day", date).bind("next", rotation.nextPosition()).bind("round", rotation.round())
                .bind("by", manager).bind("at", setAt).add();
        for (DutySeat s : rotation.seats()) {
            Change c = changed.getOrDefault(s.staffId(), new Change(manager, setAt));
            seat.bind("day", date).bind("staff", s.staffId()).bind("position", s.position())
                    .bind("absent", s.absent() ? 1 : 0).bind("by", c.by()).bind("at", c.at()).add();
        }
    }

    /** The calls, numbered in the order they came, with a subject of their sheet; then the turns, in order. */
    private void write(Handle h, List<Call> calls) {
        PreparedBatch call = h.prepareBatch("INSERT INTO call (id, household_id, student_id, phone, kind, taken_by,"
                + " started_at, duration_s, outcome, student_name, grade, needs, summary, created_at)"
                + " SELECT :id, s.household_id, s.id, p.number, :kind, :takenBy, :at, :duration, :outcome, s.name,"
                + " s.grade, :needs, :summary, :at FROM student s JOIN phone p ON p.household_id = s.household_id"
                + " AND p.is_main = 1 WHERE s.household_id = :household ORDER BY s.id LIMIT 1");
        PreparedBatch subject = h.prepareBatch("INSERT INTO call_subject (call_id, subject, standing, wanted)"
                + " SELECT :call, :subject, :standing, 1 WHERE EXISTS (SELECT 1 FROM call WHERE id = :call)");
        PreparedBatch turn = h.prepareBatch("INSERT INTO duty_turn (day, turn_round, staff_id, kind, call_id,"
                + " taken_at) VALUES (:day, :round, :staff, :kind, :call, :at)");
        long first = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM call").mapTo(Long.class).one() + 1;
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            c.id = first + i;
            call.bind("id", c.id).bind("household", c.household).bind("kind", c.kind.name())
                    .bind("takenBy", c.takenBy).bind("at", c.at).bind("duration", c.duration)
                    .bind("outcome", c.outcome.name()).bind("needs", c.needs).bind("summary", "家长来电咨询：" + c.needs)
                    .add();
            subject.bind("call", c.id).bind("subject", c.subject.name()).bind("standing", c.standing).add();
        }
        for (Turn t : turns) {
            turn.bind("day", t.day()).bind("round", t.step().round()).bind("staff", t.step().staffId())
                    .bind("kind", t.step().kind().name())
                    .bindByType("call", t.call() == null ? null : t.call().id, Long.class).bind("at", t.at()).add();
        }
        call.execute();
        subject.execute();
        turn.execute();
        db.idsWritten(h, List.of("call"));
    }
}
