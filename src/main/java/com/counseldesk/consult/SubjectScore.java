package com.counseldesk.consult;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Subject;
import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * One subject's line of the 学生情况分析表: the latest score out of its full marks, the rank if known,
 * the weak points. {@code name} names the subject when it is {@link Subject#OTHER}. Every value may be
 * left out; what is given obeys the rules below, and the form shows each rule's message beside its
 * field through the same methods.
 */
public record SubjectScore(Subject subject, String name, BigDecimal score, BigDecimal fullMarks, Integer rank,
        String weakPoints) {
    public static final String SCORE = "score";
    public static final String FULL_MARKS = "fullMarks";
    public static final String RANK = "rank";
    public static final String WEAK_POINTS = "weakPoints";
    public static final String NAME = "subjectName";
    /** Marks beyond any paper's (中考 totals stay under it). */
    public static final BigDecimal MARKS_MAX = new BigDecimal(1000);
    public static final int RANK_MAX = 100_000;
    public static final int WEAK_POINTS_MAX = 200;
    public static final int NAME_MAX = 20;

    public SubjectScore {
        if (subject == null) {
            throw new ValidationException("subject", "error.required");
        }
        name = subject == Subject.OTHER ? otherName(name) : "";
        checkMarks(SCORE, score);
        checkMarks(FULL_MARKS, fullMarks);
        if (fullMarks != null && fullMarks.signum() == 0) {
            throw new ValidationException(FULL_MARKS, "error.note.fullMarksZero");
        }
        within(score, fullMarks);
        if (rank != null) {
            checkRank(rank);
        }
        weakPoints = weakPoints(weakPoints);
    }

    /** The weak points as typed: optional, at most {@value #WEAK_POINTS_MAX} characters. */
    public static String weakPoints(String typed) {
        return Text.optional(WEAK_POINTS, typed, WEAK_POINTS_MAX);
    }

    /** The name of the other subject (科学, 编程 …): optional, at most {@value #NAME_MAX} characters. */
    public static String otherName(String typed) {
        return Text.optional(NAME, typed, NAME_MAX);
    }

    /** A line with nothing in it is not kept. */
    public boolean isEmpty() {
        return name.isEmpty() && score == null && fullMarks == null && rank == null && weakPoints.isEmpty();
    }

    /** A score as typed (full-width digits too): blank is none; a number from 0 with at most one decimal. */
    public static BigDecimal score(String typed) {
        BigDecimal v = number(SCORE, typed);
        checkMarks(SCORE, v);
        return v;
    }

    /** Full marks as typed: as a score, and above 0. */
    public static BigDecimal fullMarks(String typed) {
        BigDecimal v = number(FULL_MARKS, typed);
        checkMarks(FULL_MARKS, v);
        if (v != null && v.signum() == 0) {
            throw new ValidationException(FULL_MARKS, "error.note.fullMarksZero");
        }
        return v;
    }

    /** A rank as typed: blank is none; a whole number from 1. */
    public static Integer rank(String typed) {
        BigDecimal v = number(RANK, typed);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            throw new ValidationException(RANK, "error.note.negative");
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new ValidationException(RANK, "error.note.wholeNumber");
        }
        if (v.compareTo(BigDecimal.valueOf(RANK_MAX)) > 0) {
            throw new ValidationException(RANK, "error.note.tooBig", RANK_MAX);
        }
        int rank = v.intValueExact();
        checkRank(rank);
        return rank;
    }

    /** A score above its full marks is refused beside the score. */
    public static void within(BigDecimal score, BigDecimal fullMarks) {
        if (score != null && fullMarks != null && score.compareTo(fullMarks) > 0) {
            throw new ValidationException(SCORE, "error.note.aboveFullMarks", fullMarks.toPlainString());
        }
    }

    private static void checkRank(int rank) {
        if (rank < 1) {
            throw new ValidationException(RANK, "error.note.rankFromOne");
        }
        if (rank > RANK_MAX) {
            throw new ValidationException(RANK, "error.note.tooBig", RANK_MAX);
        }
    }

    private static void checkMarks(String field, BigDecimal v) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            throw new ValidationException(field, "error.note.negative");
        }
        if (v.stripTrailingZeros().scale() > 1) {
            throw new ValidationException(field, "error.note.oneDecimal");
        }
        if (v.compareTo(MARKS_MAX) > 0) {
            throw new ValidationException(field, "error.note.tooBig", MARKS_MAX.toPlainString());
        }
    }

    /** A number as typed, full-width digits and point included; blank is none. */
    private static BigDecimal number(String field, String typed) {
        if (typed == null) {
            return null;
        }
        String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new ValidationException(field, "error.note.number");
        }
        BigDecimal v = new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
        // 0 and -0 are the same number; "-0" is no negative score.
        return v.signum() == 0 ? BigDecimal.ZERO.setScale(0) : v;
    }
}
