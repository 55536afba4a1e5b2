package com.counseldesk.consult;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a counselor writes in a consultation note: which student it is about (optional), the
 * structured part, the ten steps ticked, and the free text — the needs found, the proposal made,
 * the objections raised with how they were answered, the next step. Free text keeps its line breaks;
 * each line is cleaned as every field is.
 */
public record NoteContent(Long studentId, StudentSituation situation, Set<ConsultStep> steps, String needs,
        String proposal, String objections, String nextStep) {
    public static final String NEEDS = "needs";
    public static final String PROPOSAL = "proposal";
    public static final String OBJECTIONS = "objections";
    public static final String NEXT_STEP = "nextStep";
    /** An amendment's text (补充说明). */
    public static final String AMENDMENT = "amendment";
    public static final int FREE_TEXT_MAX = 2000;
    /** The free texts in the order a note shows them. */
    public static final List<String> FREE_TEXTS = List.of(NEEDS, PROPOSAL, OBJECTIONS, NEXT_STEP);
    public static final NoteContent EMPTY = new NoteContent(null, StudentSituation.EMPTY, Set.of(), "", "", "", "");

    public NoteContent {
        situation = situation == null ? StudentSituation.EMPTY : situation;
        EnumSet<ConsultStep> s = EnumSet.noneOf(ConsultStep.class);
        if (steps != null) {
            s.addAll(steps);
        }
        steps = Collections.unmodifiableSet(s);
        needs = freeText(NEEDS, needs);
        proposal = freeText(PROPOSAL, proposal);
        objections = freeText(OBJECTIONS, objections);
        nextStep = freeText(NEXT_STEP, nextStep);
    }

    /**
     * The rule of a note's free text: line breaks kept (CR LF and CR become LF), each line cleaned as
     * {@link Text#optional} cleans a field, blank lines at the ends dropped, at most
     * {@value #FREE_TEXT_MAX} characters in all.
     */
    public static String freeText(String field, String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(line -> Text.optional(field, line, FREE_TEXT_MAX))
                .collect(Collectors.joining("\n")).strip();
        if (text.codePointCount(0, text.length()) > FREE_TEXT_MAX) {
            throw new ValidationException(field, "error.tooLong", FREE_TEXT_MAX);
        }
        return text;
    }

    /** An amendment's text: the free text's rule, and something must be written. */
    public static String amendment(String typed) {
        String t = freeText(AMENDMENT, typed);
        if (t.isEmpty()) {
            throw new ValidationException(AMENDMENT, "error.required");
        }
        return t;
    }

    /** One of the free texts by its field name ({@link #NEEDS} …). */
    public String freeText(String field) {
        return switch (field) {
            case NEEDS -> needs;
            case PROPOSAL -> proposal;
            case OBJECTIONS -> objections;
            case NEXT_STEP -> nextStep;
            default -> throw new IllegalArgumentException("No free text " + field);
        };
    }

    /** Nothing written, nothing ticked, no student chosen. */
    public boolean isEmpty() {
        return studentId == null && situation.isEmpty() && steps.isEmpty() && needs.isEmpty() && proposal.isEmpty()
                && objections.isEmpty() && nextStep.isEmpty();
    }

    /** The steps as {@code note.steps_done} holds them: ten '0'/'1', the first step first. */
    public String stepsText() {
        StringBuilder out = new StringBuilder();
        for (ConsultStep step : ConsultStep.values()) {
            out.append(steps.contains(step) ? '1' : '0');
        }
        return out.toString();
    }

    /** {@code note.steps_done} read back. */
    public static Set<ConsultStep> steps(String stored) {
        EnumSet<ConsultStep> out = EnumSet.noneOf(ConsultStep.class);
        for (ConsultStep step : ConsultStep.values()) {
            if (stored != null && stored.length() > step.ordinal() && stored.charAt(step.ordinal()) == '1') {
                out.add(step);
            }
        }
        return out;
    }

    /** The same content about another student. */
    public NoteContent withStudent(Long id) {
        return new NoteContent(id, situation, steps, needs, proposal, objections, nextStep);
    }
}
