package com.counseldesk.hotline;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The follow-up (回访) a call ends with: the day, a time if one was agreed, and what it is for. */
public record FollowUpRequest(LocalDate day, LocalTime time, String purpose) {
    public static final String DAY = "dueDay";
    public static final String TIME = "dueTime";
    public static final String PURPOSE = "purpose";
    public static final int PURPOSE_MAX = 100;

    public FollowUpRequest {
        if (day == null) {
            throw new ValidationException(DAY, "error.required");
        }
        time = time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
        purpose = Text.required(PURPOSE, purpose, PURPOSE_MAX);
    }

    public LocalDateTime dueAt() {
        return day.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /** Refuses a day before today, or a time today that has gone by. */
    void notPast(LocalDateTime now) {
        if (day.isBefore(now.toLocalDate())) {
            throw new ValidationException(DAY, "error.call.followUpPast");
        }
        if (time != null && day.equals(now.toLocalDate()) && time.isBefore(now.toLocalTime().truncatedTo(ChronoUnit.MINUTES))) {
            throw new ValidationException(TIME, "error.call.followUpPast");
        }
    }
}
