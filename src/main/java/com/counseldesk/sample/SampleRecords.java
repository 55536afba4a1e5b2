package com.counseldesk.sample;

import com.counseldesk.consult.Brought;
import com.counseldesk.consult.ConsultStep;
import com.counseldesk.consult.IntentService;
import com.counseldesk.consult.NoteContent;
import com.counseldesk.consult.NoteState;
import com.counseldesk.consult.SituationJson;
import com.counseldesk.consult.StudentSituation;
import com.counseldesk.consult.SubjectScore;
import com.counseldesk.consult.WhoWants;
import com.counseldesk.family.Intent;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Subject;
import com.counseldesk.walkin.VisitStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The sample office's consultation records: the note the household's counselor wrote at most sessions
 * (signed off, or locked at the end of its day when nobody signed it, some amended later; today's
 * sessions still in draft now and then), the client-type tags put on the household at a session (now
 * and then one taken off again), and each student's intent level with its history, judged at the
 * first session and changed at later ones, ending where the student's stage says (a student who
 * signed up had a clear intent, one who dropped out gave up). A note's structured part is written by
 * {@link SituationJson}; an intent change is the history row {@link IntentService} writes. Seeded on
 * its own, like the follow-ups.
 */
final class SampleRecords {
    /** How many different notes the sample's counselors write: a pool, so that a large office is quick. */
    private static final int CONTENTS = 64;
    private static final String[] NEEDS = {"数学成绩下滑，函数部分跟不上", "英语听力和作文薄弱，想系统提高",
        "孩子上课注意力不集中，作业拖拉", "物理刚开始学，家长担心跟不上", "想冲刺重点高中，需要查漏补缺",
        "小升初衔接，想提前学初一数学", "作文没有思路，语文阅读失分多", "偏科严重，理科好文科差"};
    private static final String[] PROPOSALS = {"一对一数学，每周两次", "英语小班课加每周一次作文批改",
        "先上两次试听课，再定方案", "寒假集训班加开学后周末班", "物理同步课，每周一次", "全科规划，先从数学入手"};
    private static final String[] OBJECTIONS = {"", "觉得价格偏高，介绍了分期和课时包", "担心老师更换，说明了固定老师制度",
        "孩子时间紧，建议周末上午", "在别的机构上过效果不好，讲了我们的阶段测评", "家长要和爱人商量"};
    private static final String[] NEXT_STEPS = {"周六带试卷来做测评", "三天后电话回访", "约试听课", "等期中考试成绩出来再联系",
        "发送课程方案给家长", "下周二签约"};
    private static final String[] ATTITUDES = {"", "比较认真，但缺少方法", "贪玩，需要督促", "自觉性强", "有畏难情绪"};
    private static final String[] EXAMS = {"", "期中考试", "期末考试", "月考"};
    private static final String[] TARGETS = {"", "重点高中", "区重点", "一本", "年级前一百"};
    private static final String[] PAST = {"", "上过数学班", "请过家教", "网课"};
    private static final String[] PAST_RESULTS = {"", "效果一般", "有提高但不稳定", "孩子不喜欢"};
    /** The weak points of each subject the sample's notes name, in the order of {@link #SUBJECTS}. */
    private static final String[][] WEAK_POINTS = {{"函数", "几何证明", "计算粗心"}, {"完形填空", "听力", "作文"},
        {"阅读理解", "文言文", "作文"}, {"电学", "力学"}, {"化学方程式", "实验题"}};
    private static final String[] AMENDMENTS = {"家长来电补充：孩子期中数学考了 92 分", "补充：父亲也同意报名",
        "更正：上次记录的学校应为第二中学", "补充：孩子对物理实验很感兴趣", "家长补充说周三晚上也可以上课"};
    private static final Subject[] SUBJECTS = {Subject.MATH, Subject.ENGLISH, Subject.CHINESE, Subject.PHYSICS,
        Subject.CHEMISTRY};
    private static final Intent[] FIRST_LEVELS = {Intent.CLASS1, Intent.CLASS2, Intent.CLASS2, Intent.UNCLEAR,
        Intent.UNCLEAR, Intent.NONE};
    private static final Intent[] OPEN_LEVELS = {Intent.CLASS1, Intent.CLASS2, Intent.UNCLEAR, Intent.CLEAR};

    private final Random random;
    private final List<Long> tagIds;
    private final List<Written> signed = new ArrayList<>();
    private final List<Written> drafts = new ArrayList<>();
    private long noteId;

    /** A note's texts as stored: the structured part as JSON, the steps as ten '0'/'1'. */
    private record Written(String structured, String steps, String needs, String proposal, String objections,
            String nextStep) {
        static Written of(NoteContent c) {
            return new Written(SituationJson.write(c.situation()), c.stepsText(), c.needs(), c.proposal(),
                    c.objections(), c.nextStep());
        }
    }

    /** One visit of the household, oldest first. */
    record Session(long visitId, LocalDateTime arrived, VisitStatus status) {
    }

    /** A note written at a session: a follow-up may be planned from it, at {@code plannedAt}. */
    record WrittenNote(long id, LocalDateTime plannedAt) {
    }

    /** What the household's records say: each student's intent now, and the note of each session (or null). */
    record Story(Map<Long, Intent> intents, List<WrittenNote> notes) {
    }

    /** {@code tagIds}: the office's tags a counselor puts on households, the built-in types first. */
    SampleRecords(long seed, List<Long> tagIds) {
        this.random = new Random(seed ^ 0x5EED_0DE5L);
        this.tagIds = List.copyOf(tagIds);
        for (int i = 0; i < CONTENTS; i++) {
            NoteContent c = content(i);
            signed.add(Written.of(c));
            drafts.add(Written.of(new NoteContent(null, c.situation(), steps(2 + random.nextInt(5)), c.needs(),
                    c.proposal(), "", "")));
        }
    }

    /** The inserts for one transaction's worth of households. */
    Batches batches(Handle h) {
        return new Batches(h);
    }

    /** The inserts of one transaction's worth of households. */
    static final class Batches {
        private final PreparedBatch note;
        private final PreparedBatch amendment;
        private final PreparedBatch tag;
        private final PreparedBatch change;

        Batches(Handle h) {
            note = h.prepareBatch("INSERT INTO note (id, household_id, student_id, author_id, session_at, structured,"
                    + " steps_done, needs, proposal, objections, next_step, state, created_at, updated_at, signed_at)"
                    + " VALUES (:id, :household, :student, :author, :session, :structured, :steps, :needs, :proposal,"
                    + " :objections, :nextStep, :state, :session, :updated, :signed)");
            amendment = h.prepareBatch("INSERT INTO note_amendment (note_id, author_id, amended_at, text)"
                    + " VALUES (:note, :author, :at, :text)");
            tag = h.prepareBatch("INSERT INTO household_tag (household_id, tag_id, tagged_by, tagged_at, removed_by,"
                    + " removed_at) VALUES (:household, :tag, :by, :at, :removedBy, :removedAt)");
            change = h.prepareBatch("INSERT INTO change_log (household_id, entity, entity_id, field, before_value,"
                    + " after_value, reason, staff_id, changed_at) VALUES (:household, 'student', :student, '"
                    + IntentService.FIELD + "', :before, :after, '', :by, :at)");
        }

        /** Writes what was added; the notes before their amendments, and before the follow-ups planned from them. */
        void execute() {
            note.execute();
            amendment.execute();
            tag.execute();
            change.execute();
        }
    }

    /**
     * Adds the records of one household owned by {@code owner}, with its students (id and stage) and
     * its visits, oldest first; {@code regular} for a family that keeps coming back (a note at every
     * session, more tags and intent changes). {@code now} is the office's now.
     */
    Story add(Batches b, long household, Map<Long, Stage> students, long owner, List<Session> sessions,
            boolean regular, LocalDateTime now) {
        List<Long> studentIds = List.copyOf(students.keySet());
        List<WrittenNote> notes = new ArrayList<>();
        LocalDateTime firstSession = null;
        for (Session s : sessions) {
            WrittenNote n = null;
            boolean today = s.arrived().toLocalDate().equals(now.toLocalDate());
            if (s.status() != VisitStatus.WAITING && (regular || today || random.nextInt(10) < 7)) {
                n = note(b, household, studentIds, owner, s, now);
                firstSession = firstSession == null ? s.arrived() : firstSession;
            }
            notes.add(n);
        }
        LocalDateTime judged = firstSession != null ? firstSession
                : random.nextInt(10) < 4 ? sessions.get(0).arrived() : null;
        Map<Long, Intent> intents = new HashMap<>();
        if (judged != null) {
            tags(b, household, owner, judged, regular, now);
            for (Map.Entry<Long, Stage> student : students.entrySet()) {
                Intent level = intent(b, household, student.getKey(), student.getValue(), owner, sessions, judged,
                        regular, now);
                if (level != null) {
                    intents.put(student.getKey(), level);
                }
            }
        }
        return new Story(intents, notes);
    }

    /** The note of one session: signed or locked on a past day, on today's sometimes still a draft. */
    private WrittenNote note(Batches b, long household, List<Long> students, long owner, Session s,
            LocalDateTime now) {
        LocalDateTime session = before(now, s.arrived().plusMinutes(5 + random.nextInt(10)));
        LocalDateTime written = before(now, session.plusMinutes(20 + random.nextInt(60)));
        boolean today = session.toLocalDate().equals(now.toLocalDate());
        NoteState state = today ? (s.status() == VisitStatus.LEFT && random.nextInt(3) == 0 ? NoteState.SIGNED
                : NoteState.DRAFT) : random.nextInt(20) < 17 ? NoteState.SIGNED : NoteState.LOCKED;
        Written w = (state == NoteState.DRAFT ? drafts : signed).get(random.nextInt(CONTENTS));
        Long student = random.nextInt(10) == 0 ? null : students.get(random.nextInt(students.size()));
        long id = ++noteId;
        b.note.bind("id", id).bind("household", household).bindByType("student", student, Long.class)
                .bind("author", owner).bind("session", session).bind("structured", w.structured())
                .bind("steps", w.steps()).bind("needs", w.needs()).bind("proposal", w.proposal())
                .bind("objections", w.objections()).bind("nextStep", w.nextStep()).bind("state", state.name())
                .bind("updated", written)
                .bindByType("signed", state == NoteState.SIGNED ? written : null, LocalDateTime.class).add();
        if (state != NoteState.DRAFT && random.nextInt(8) == 0) {
            LocalDateTime after = state == NoteState.SIGNED ? written : NoteState.lockTime(session);
            for (int a = 1 + random.nextInt(2); a > 0; a--) {
                after = after.plusDays(1 + random.nextInt(20)).plusMinutes(random.nextInt(600));
                if (after.isAfter(now)) {
                    break;
                }
                b.amendment.bind("note", id).bind("author", owner).bind("at", after).bind("text", pick(AMENDMENTS))
                        .add();
            }
        }
        return new WrittenNote(id, written);
    }

    /** A client type put on at the first session, sometimes a second one, now and then one taken off later. */
    private void tags(Batches b, long household, long owner, LocalDateTime judged, boolean regular,
            LocalDateTime now) {
        int count = regular ? 2 + random.nextInt(2) : random.nextInt(20) < 9 ? (random.nextInt(6) == 0 ? 2 : 1) : 0;
        List<Long> chosen = new ArrayList<>();
        LocalDateTime at = before(now, judged.plusMinutes(10 + random.nextInt(30)));
        for (int t = 0; t < count; t++) {
            // Mostly the four built-in types; the office's own tag now and then.
            long tag = tagIds.get(random.nextInt(5) > 0 ? random.nextInt(Math.min(4, tagIds.size()))
                    : random.nextInt(tagIds.size()));
            if (chosen.contains(tag)) {
                continue;
            }
            chosen.add(tag);
            LocalDateTime removed = null;
            if (regular ? t == 0 : random.nextInt(10) == 0) {
                removed = at.plusDays(7 + random.nextInt(60));
                removed = removed.isAfter(now) ? null : removed;
            }
            b.tag.bind("household", household).bind("tag", tag).bind("by", owner).bind("at", at)
                    .bindByType("removedBy", removed == null ? null : owner, Long.class)
                    .bindByType("removedAt", removed, LocalDateTime.class).add();
            at = before(now, at.plusDays(random.nextInt(30)));
        }
    }

    /**
     * A student's intent level, first judged at {@code judged} and changed at later sessions (or after a
     * call) towards where the stage ends; each change is a history row. Returns the level now (null: never
     * judged).
     */
    private Intent intent(Batches b, long household, long student, Stage stage, long owner, List<Session> sessions,
            LocalDateTime judged, boolean regular, LocalDateTime now) {
        if (!regular && random.nextInt(4) == 0) {
            return null;
        }
        Intent end = switch (stage) {
            case SIGNED -> Intent.CLEAR;
            case LOST -> Intent.GAVE_UP;
            default -> random.nextInt(4) == 0 ? pick(OPEN_LEVELS) : null;
        };
        Intent level = null;
        LocalDateTime at = judged.plusMinutes(15 + random.nextInt(30));
        int changes = regular ? 4 + random.nextInt(3) : 1 + random.nextInt(2);
        for (int c = 0; c < changes && !at.isAfter(now); c++) {
            Intent next = c == changes - 1 && end != null ? end : c == 0 ? pick(FIRST_LEVELS) : pick(OPEN_LEVELS);
            if (next != level) {
                b.change.bind("household", household).bind("student", student)
                        .bindByType("before", level == null ? null : level.name(), String.class)
                        .bind("after", next.name()).bind("by", owner).bind("at", at).add();
                level = next;
            }
            at = later(sessions, at);
        }
        return level;
    }

    /** The next session after {@code at}, a few minutes into it; with none, a call some days later. */
    private LocalDateTime later(List<Session> sessions, LocalDateTime at) {
        for (Session s : sessions) {
            if (s.arrived().isAfter(at.plusHours(1))) {
                return s.arrived().plusMinutes(20 + random.nextInt(40));
            }
        }
        return at.plusDays(2 + random.nextInt(20)).plusMinutes(random.nextInt(120));
    }

    /** One of the notes the sample's counselors write, all of it filled in as a signed note is. */
    private NoteContent content(int i) {
        List<SubjectScore> scores = new ArrayList<>();
        int subjects = 1 + random.nextInt(3);
        for (int s = 0; s < subjects; s++) {
            int which = (i + s) % SUBJECTS.length;
            int full = random.nextBoolean() ? 100 : 120;
            BigDecimal score = BigDecimal.valueOf(full * (45 + random.nextInt(50)) / 100);
            Integer rank = random.nextInt(3) == 0 ? 5 + random.nextInt(300) : null;
            String weak = random.nextInt(4) == 0 ? "" : pick(WEAK_POINTS[which]);
            scores.add(new SubjectScore(SUBJECTS[which], "", score, BigDecimal.valueOf(full), rank, weak));
        }
        Set<Brought> brought = EnumSet.noneOf(Brought.class);
        for (Brought what : Brought.values()) {
            if (random.nextInt(3) == 0) {
                brought.add(what);
            }
        }
        StudentSituation situation = new StudentSituation(scores, pick(ATTITUDES), pick(EXAMS), pick(TARGETS),
                WhoWants.values()[random.nextInt(WhoWants.values().length)], pick(PAST), pick(PAST_RESULTS), brought);
        return new NoteContent(null, situation, steps(7 + random.nextInt(4)), pick(NEEDS), pick(PROPOSALS),
                pick(OBJECTIONS), pick(NEXT_STEPS));
    }

    /** The first {@code n} of the ten steps, ticked as the session went. */
    private static Set<ConsultStep> steps(int n) {
        Set<ConsultStep> out = EnumSet.noneOf(ConsultStep.class);
        for (ConsultStep step : ConsultStep.values()) {
            if (step.ordinal() < n) {
                out.add(step);
            }
        }
        return out;
    }

    private static LocalDateTime before(LocalDateTime now, LocalDateTime t) {
        return t.isAfter(now) ? now.withNano(0) : t;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
