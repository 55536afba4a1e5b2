package com.counseldesk.consult;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;

/**
 * A follow-up's result as the counselor records it: what came of it, a short note, and the next
 * follow-up planned in the same step (null: none). Whether a next one is needed is the result's rule.
 */
public record FollowUpOutcome(FollowUpResult result, String note, FollowUpPlan next) {
    public static final String RESULT = "result";
    public static final String NOTE = "resultNote";
    public static final String NEXT = "next";
    /** A line or two: what was said; the rest belongs in a consultation note. */
    public static final int NOTE_MAX = 200;

    public FollowUpOutcome {
        if (result == null) {
            throw new ValidationException(RESULT, "error.followUp.chooseResult");
        }
        note = note(note);
        checkNext(result, next != null);
    }

    public static String note(String typed) {
        return Text.optional(NOTE, typed, NOTE_MAX);
    }

    /** Refuses a result without the next follow-up it needs, or a next one after giving up. */
    public static void checkNext(FollowUpResult result, boolean planned) {
        if (result != null && result.needsNext() && !planned) {
            throw new ValidationException(NEXT, "error.followUp.nextNeeded", result);
        }
        if (result != null && !result.allowsNext() && planned) {
            throw new ValidationException(NEXT, "error.followUp.nextAfterGivingUp");
        }
    }
}
