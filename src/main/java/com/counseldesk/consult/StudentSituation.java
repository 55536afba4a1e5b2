package com.counseldesk.consult;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The structured part of a consultation note, after the office's 学生情况分析表: the subjects' lines,
 * the student's attitude to learning, the goals (the next exam, the 中考/高考 target), who wants the
 * tutoring, past tutoring and how it went, and what the family brought. Stored as JSON text
 * ({@link SituationJson}). Everything is optional; texts are cleaned and bounded as every field's.
 */
public record StudentSituation(List<SubjectScore> subjects, String attitude, String nextExam, String target,
        WhoWants whoWants, String pastTutoring, String pastResult, Set<Brought> brought) {
    public static final String ATTITUDE = "attitude";
    public static final String NEXT_EXAM = "nextExam";
    public static final String TARGET = "target";
    public static final String PAST_TUTORING = "pastTutoring";
    public static final String PAST_RESULT = "pastResult";
    public static final int SHORT_MAX = Text.SHORT_MAX;
    public static final int TEXT_MAX = 200;
    public static final StudentSituation EMPTY = new StudentSituation(List.of(), "", "", "", null, "", "", Set.of());

    public StudentSituation {
        subjects = subjects == null ? List.of() : subjects.stream().filter(s -> !s.isEmpty())
                .sorted(Comparator.comparing(SubjectScore::subject)).toList();
        if (subjects.stream().map(SubjectScore::subject).distinct().count() < subjects.size()) {
            throw new ValidationException("subject", "error.note.subjectTwice");
        }
        attitude = text(ATTITUDE, attitude);
        nextExam = text(NEXT_EXAM, nextExam);
        target = text(TARGET, target);
        pastTutoring = text(PAST_TUTORING, pastTutoring);
        pastResult = text(PAST_RESULT, pastResult);
        EnumSet<Brought> b = EnumSet.noneOf(Brought.class);
        if (brought != null) {
            b.addAll(brought);
        }
        brought = Collections.unmodifiableSet(b);
    }

    /**
     * The rule of each text of the table, by its field: the goals (the next exam, the target) are short,
     * the rest a sentence or two. All optional.
     */
    public static String text(String field, String typed) {
        int max = switch (field) {
            case NEXT_EXAM, TARGET -> SHORT_MAX;
            case ATTITUDE, PAST_TUTORING, PAST_RESULT -> TEXT_MAX;
            default -> throw new IllegalArgumentException("No text " + field);
        };
        return Text.optional(field, typed, max);
    }

    /** The line of a subject, or null when it has none. */
    public SubjectScore subject(Subject subject) {
        return subjects.stream().filter(s -> s.subject() == subject).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return subjects.isEmpty() && attitude.isEmpty() && nextExam.isEmpty() && target.isEmpty() && whoWants == null
                && pastTutoring.isEmpty() && pastResult.isEmpty() && brought.isEmpty();
    }
}
