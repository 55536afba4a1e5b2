package com.counseldesk.consult;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * When a follow-up is due and what it is for: a day, a time when one was agreed (null: some time
 * that day), and the purpose. The rules each field has, checked here and nowhere else.
 */
public record FollowUpPlan(LocalDate day, LocalTime time, String purpose) {
    public static final String DAY = "dueDay";
    public static final String TIME = "dueTime";
    public static final String PURPOSE = "purpose";
    /** A purpose is one line ("确认试听时间"); the column has room for more, the list does not. */
    public static final int PURPOSE_MAX = 100;

    public FollowUpPlan {
        if (day == null) {
            throw new ValidationException(DAY, "error.required");
        }
        time = time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
        purpose = purpose(purpose);
    }

    /** The purpose as stored: required, one short line. */
    public static String purpose(String typed) {
        return Text.required(PURPOSE, typed, PURPOSE_MAX);
    }

    /** Whether a time was agreed. */
    public boolean hasTime() {
        return time != null;
    }

    /** The moment it is due: the time agreed, or the start of the day. */
    public LocalDateTime dueAt() {
        return day.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /**
     * Refuses a plan that is already past at {@code now}: a day before today, or today at a time that
     * has gone by (the minute now still counts).
     */
    public FollowUpPlan notPast(LocalDateTime now) {
        checkNotPast(day, time, now);
        return this;
    }

    /** The rule of {@link #notPast}, for a form checking a day and a time before the rest is filled. */
    public static void checkNotPast(LocalDate day, LocalTime time, LocalDateTime now) {
        if (day == null) {
            return;
        }
        if (day.isBefore(now.toLocalDate())) {
            throw new ValidationException(DAY, "error.followUp.dayPast");
        }
        if (time != null && day.equals(now.toLocalDate())
                && time.isBefore(now.toLocalTime().truncatedTo(ChronoUnit.MINUTES))) {
            throw new ValidationException(TIME, "error.followUp.timePast");
        }
    }
}
