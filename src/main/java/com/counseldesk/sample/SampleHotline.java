package com.counseldesk.sample;

import com.counseldesk.common.db.Database;
import com.counseldesk.family.Subject;
import com.counseldesk.hotline.BringItem;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sample office's hotline: today's duty order (the counselors, as a manager sets it), calls over the
 * past three months (one for about one household in five, at most {@link #CALLS}; inbound mostly, some
 * cold calls and follow-up calls, each with its outcome and a line of its sheet), and a few visits booked
 * for later today and the coming days.
 * Written after the households, in a few statements: it costs the demo a fraction of a second.
 */
final class SampleHotline {
    /** The most calls written, whatever the office's size. */
    static final int CALLS = 400;
    private static final int APPOINTMENTS = 8;
    private static final String[] NEEDS = {"数学成绩下滑", "想提高英语口语", "中考冲刺", "作业拖拉", "物理跟不上", "想找一对一",
        "偏科严重", "高考志愿咨询"};
    private static final String[] STANDING = {"85/120，粗心", "60/100，基础弱", "92/100", "70/150，阅读失分多", "不及格"};
    private final Database db;
    private final Clock clock;
    private final Random random;

    SampleHotline(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.random = new Random(seed ^ 0x0CA11L);
    }

    /** Adds the hotline to an office of {@code households} households made by {@link SampleOffice}. */
    void create(List<Staff> staff, int households) {
        if (households == 0) {
            return;
        }
        OfficeService office = new OfficeService(db, clock);
        long manager = staff.stream().filter(s -> s.role() == Role.MANAGER).findFirst().orElseThrow().id();
        List<Long> counselors = staff.stream().filter(s -> s.role() == Role.COUNSELOR).map(Staff::id).toList();
        new DutyService(db, clock, office).setOrder(manager, counselors);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        int calls = Math.min(CALLS, Math.max(1, households / 5));
        db.inTransaction(h -> {
            calls(h, calls, households, counselors, now);
            return null;
        });
        db.inTransaction(h -> {
            appointments(h, households, counselors, now);
            return null;
        });
    }

    /**
     * A few visits booked (by the family's counselor, everything to bring) for later today and the coming
     * days, the other time offered five hours later; written as they are stored, leaving the households'
     * last contact as their visits made it.
     */
    private void appointments(Handle h, int households, List<Long> counselors, LocalDateTime now) {
        PreparedBatch booked = h.prepareBatch("INSERT INTO appointment (household_id, student_id, counselor_id,"
                + " starts_at, other_offer, bring, booked_by, booked_at) SELECT s.household_id, s.id, :counselor,"
                + " :at, :other, :bring, :counselor, :now FROM student s WHERE s.household_id = :household"
                + " ORDER BY s.id LIMIT 1");
        String bring = String.join(",", java.util.Arrays.stream(BringItem.values()).map(Enum::name).toList());
        for (int i = 0; i < APPOINTMENTS; i++) {
            LocalDate day = now.toLocalDate().plusDays(i < 3 ? 0 : 1 + random.nextInt(10));
            LocalDateTime at = day.atTime(LocalTime.of(9 + random.nextInt(11), 30 * random.nextInt(2)));
            if (!at.isAfter(now)) {
                at = now.plusMinutes(40 + 30L * i).withSecond(0);
            }
            booked.bind("household", (long) (1 + random.nextInt(households)))
                    .bind("counselor", counselors.get(random.nextInt(counselors.size())))
                    .bind("at", at).bind("other", at.plusHours(5)).bind("bring", bring).bind("now", now).add();
        }
        booked.execute();
        db.idsWritten(h, List.of("appointment"));
    }

    /** The past three months' calls, each for a household of the office, with a subject or two of its sheet. */
    private void calls(Handle h, int calls, int households, List<Long> counselors, LocalDateTime now) {
        PreparedBatch call = h.prepareBatch("INSERT INTO call (id, household_id, student_id, phone, kind, taken_by,"
                + " started_at, duration_s, outcome, student_name, grade, needs, summary, created_at)"
                + " SELECT :id, s.household_id, s.id, p.number, :kind, :takenBy, :at, :duration, :outcome, s.name,"
                + " s.grade, :needs, :summary, :at FROM student s JOIN phone p ON p.household_id = s.household_id"
                + " AND p.is_main = 1 WHERE s.household_id = :household ORDER BY s.id LIMIT 1");
        PreparedBatch subject = h.prepareBatch("INSERT INTO call_subject (call_id, subject, standing, wanted)"
                + " SELECT :call, :subject, :standing, 1 WHERE EXISTS (SELECT 1 FROM call WHERE id = :call)");
        long first = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM call").mapTo(Long.class).one() + 1;
        CallKind[] kinds = {CallKind.INBOUND, CallKind.INBOUND, CallKind.INBOUND, CallKind.COLD, CallKind.FOLLOW_UP};
        CallOutcome[] outcomes = {CallOutcome.FOLLOW_UP, CallOutcome.FOLLOW_UP, CallOutcome.NOT_INTERESTED,
            CallOutcome.BOOKED, CallOutcome.NOT_CLIENT};
        for (int i = 0; i < calls; i++) {
            long id = first + i;
            LocalDateTime at = now.toLocalDate().minusDays(1 + random.nextInt(90))
                    .atTime(LocalTime.of(9 + random.nextInt(11), random.nextInt(60)));
            String needs = NEEDS[random.nextInt(NEEDS.length)];
            call.bind("id", id).bind("household", (long) (1 + random.nextInt(households)))
                    .bind("kind", kinds[random.nextInt(kinds.length)].name())
                    .bind("takenBy", counselors.get(random.nextInt(counselors.size())))
                    .bind("at", at).bind("duration", 60 + random.nextInt(20 * 60))
                    .bind("outcome", outcomes[random.nextInt(outcomes.length)].name())
                    .bind("needs", needs).bind("summary", "家长来电咨询：" + needs).add();
            subject.bind("call", id).bind("subject", Subject.values()[random.nextInt(3)].name())
                    .bind("standing", STANDING[random.nextInt(STANDING.length)]).add();
        }
        call.execute();
        subject.execute();
        db.idsWritten(h, List.of("call"));
    }
}
