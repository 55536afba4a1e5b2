package com.counseldesk.hotline;

import com.counseldesk.common.ValidationException;
import com.counseldesk.consult.FollowUpPlan;
import java.time.LocalDateTime;

/**
 * One call to log: its kind, the hotline sheet, when it started (null: now, less its duration) and how
 * long it took in seconds (the form's timer, editable), and its outcome, required: a visit booked
 * (with the booking), a follow-up set (with its day), not interested, not a client. What an outcome
 * does not need is dropped.
 */
public record NewCall(CallKind kind, CallSheet sheet, LocalDateTime startedAt, int durationSeconds,
        CallOutcome outcome, FollowUpPlan followUp, Booking booking) {
    public static final String KIND = "callKind";
    public static final String OUTCOME = "outcome";
    public static final String DURATION = "duration";
    public static final String STARTED_AT = "startedAt";
    /** Longer than any call: a duration past it is a typing mistake. */
    public static final int DURATION_MAX = 4 * 3600;

    public NewCall {
        if (kind == null) {
            throw new ValidationException(KIND, "error.required");
        }
        if (sheet == null) {
            throw new IllegalArgumentException("A call has its sheet, if only the phone");
        }
        duration(durationSeconds);
        if (outcome == null) {
            throw new ValidationException(OUTCOME, "error.call.outcome");
        }
        if (outcome == CallOutcome.FOLLOW_UP && followUp == null) {
            throw new ValidationException(FollowUpPlan.DAY, "error.required");
        }
        if (outcome == CallOutcome.BOOKED && booking == null) {
            throw new ValidationException(Booking.STARTS_AT, "error.required");
        }
        followUp = outcome == CallOutcome.FOLLOW_UP ? followUp : null;
        booking = outcome == CallOutcome.BOOKED ? booking : null;
    }

    /** The rule for the duration: seconds, from none to {@link #DURATION_MAX}. */
    public static int duration(int seconds) {
        if (seconds < 0 || seconds > DURATION_MAX) {
            throw new ValidationException(DURATION, "error.call.duration");
        }
        return seconds;
    }
}
