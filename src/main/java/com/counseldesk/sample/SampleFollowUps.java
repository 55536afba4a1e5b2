package com.counseldesk.sample;

import com.counseldesk.consult.FollowUpResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sample office's follow-ups (回访): from a family's first visit on, its counselor calls back every
 * few days to two weeks, each call with a result; the chain goes on after "not reached" and "call back
 * later", often after "reached", and ends when the family gave up or booked a visit (or signed). The
 * calls before today were made; the next one is open (today, or in the days to come), and now and then
 * one was forgotten and is overdue. A good share of the families have nothing planned. The first call is
 * planned at the visit, or from the note written there. A family that keeps coming back was called to
 * book each next visit. Seeded on its own, so the households, students and visits are what they were
 * without follow-ups.
 */
final class SampleFollowUps {
    private static final String[] PURPOSES = {"确认试听时间", "回访试听感受", "询问期中考试成绩", "介绍寒假班", "跟进报名意向",
        "发送课程方案", "约家长面谈", "提醒带上试卷", "了解孩子近况", "确认上课时间"};
    private static final String BOOKING = "约下次来访时间";
    private static final String[] NOTES = {"", "", "家长在开会，晚点再打", "孩子考完试再说", "家长说要和孩子商量", "对价格有顾虑",
        "已在别的机构报名", "约好周六上午来", "电话没人接", "对老师很满意"};
    private final Random random;

    SampleFollowUps(long seed) {
        this.random = new Random(seed ^ 0x5EED_F011L);
    }

    /** The follow-ups' insert, for one transaction's worth of households. */
    PreparedBatch batch(Handle h) {
        return h.prepareBatch("INSERT INTO follow_up (household_id, student_id, owner_id, due_at, has_time, purpose,"
                + " from_note_id, from_visit_id, created_by, created_at, done_at, done_by, result, result_note)"
                + " VALUES (:household, :student, :owner, :due, :hasTime, :purpose, :fromNote, :visit, :owner,"
                + " :created, :done, :doneBy, :result, :note)");
    }

    /**
     * Adds the follow-ups of one household owned by {@code owner}, the first planned at {@code visit} or
     * (half the time) from the note written there, when there is one ({@code note}, else null);
     * {@code now} is the office's now.
     */
    void add(PreparedBatch batch, long household, List<Long> students, long owner, SampleRecords.Session visit,
            SampleRecords.WrittenNote note, LocalDateTime now) {
        if (random.nextInt(10) == 0) {
            return; // signed at once, or never to be called again: nothing planned
        }
        boolean fromTheNote = note != null && random.nextBoolean();
        Long fromVisit = fromTheNote ? null : visit.visitId();
        Long fromNote = fromTheNote ? note.id() : null;
        Long student = random.nextInt(10) < 7 ? students.get(0) : null;
        LocalDate today = now.toLocalDate();
        LocalDateTime created = fromTheNote ? note.plannedAt() : visit.arrived();
        LocalDate due = created.toLocalDate().plusDays(1 + random.nextInt(3));
        String purpose = pick(PURPOSES);
        while (true) {
            boolean hasTime = random.nextInt(5) < 2;
            LocalDateTime dueAt = hasTime ? due.atTime(LocalTime.of(9 + random.nextInt(11), 30 * random.nextInt(2)))
                    : due.atStartOfDay();
            boolean forgotten = due.isBefore(today) && random.nextInt(300) == 0;
            if (!due.isBefore(today) || forgotten) {
                bind(batch, household, student, owner, dueAt, hasTime, purpose, fromVisit, fromNote, created, null,
                        null, "");
                return;
            }
            LocalDateTime doneAt = (hasTime ? dueAt : due.atTime(10, 0)).plusMinutes(random.nextInt(240));
            FollowUpResult result = result();
            bind(batch, household, student, owner, dueAt, hasTime, purpose, fromVisit, fromNote, created, doneAt,
                    result, pick(NOTES));
            boolean goesOn = result.needsNext() || result == FollowUpResult.REACHED && random.nextBoolean();
            if (!goesOn) {
                return;
            }
            created = doneAt;
            due = due.plusDays(3 + random.nextInt(12));
            purpose = pick(PURPOSES);
            fromVisit = null;
            fromNote = null;
        }
    }

    /**
     * The call that booked a returning family's next visit: planned from the note of the visit before,
     * made a few days before {@code nextVisit}.
     */
    void booked(PreparedBatch batch, long household, Long student, long owner, SampleRecords.WrittenNote note,
            LocalDateTime nextVisit) {
        LocalDateTime planned = note.plannedAt();
        LocalDate due = nextVisit.toLocalDate().minusDays(1 + random.nextInt(4));
        if (!due.isAfter(planned.toLocalDate())) {
            return; // the family booked it at the visit before
        }
        LocalDateTime doneAt = due.atTime(10, 0).plusMinutes(random.nextInt(240));
        bind(batch, household, student, owner, due.atStartOfDay(), false, BOOKING, null, note.id(), planned, doneAt,
                FollowUpResult.VISIT_BOOKED, "");
    }

    private void bind(PreparedBatch batch, long household, Long student, long owner, LocalDateTime dueAt,
            boolean hasTime, String purpose, Long fromVisit, Long fromNote, LocalDateTime created,
            LocalDateTime doneAt, FollowUpResult result, String note) {
        batch.bind("household", household).bindByType("student", student, Long.class).bind("owner", owner)
                .bind("due", dueAt).bind("hasTime", hasTime ? 1 : 0).bind("purpose", purpose)
                .bindByType("visit", fromVisit, Long.class).bindByType("fromNote", fromNote, Long.class)
                .bind("created", created)
                .bindByType("done", doneAt, LocalDateTime.class)
                .bindByType("doneBy", doneAt == null ? null : owner, Long.class)
                .bindByType("result", result == null ? null : result.name(), String.class).bind("note", note).add();
    }

    /** Not reached and "call back later" are the commonest; a family gives up or books a visit now and then. */
    private FollowUpResult result() {
        int roll = random.nextInt(20);
        if (roll < 6) {
            return FollowUpResult.NOT_REACHED;
        }
        if (roll < 11) {
            return FollowUpResult.CALL_BACK;
        }
        if (roll < 16) {
            return FollowUpResult.REACHED;
        }
        return roll < 18 ? FollowUpResult.VISIT_BOOKED : FollowUpResult.GAVE_UP;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
