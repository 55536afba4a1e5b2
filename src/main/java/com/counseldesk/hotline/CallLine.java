package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;

/**
 * One call as the call list (热线记录) shows it: when, which kind, who took or made it, the family
 * ({@code householdId} null: a number that gave no name) with the student and parent as said on the
 * call (else as on record), the number, how long, how it ended, and what was noted (the needs and the
 * summary).
 */
public record CallLine(long id, LocalDateTime startedAt, CallKind kind, String takenByName, Long householdId,
        String student, String parent, Phone phone, int durationSeconds, CallOutcome outcome, String needs,
        String summary) {
    /** Whole minutes, at least one for a call that lasted at all. */
    public int minutes() {
        return CallService.minutes(durationSeconds);
    }

    /** What the list shows as remarks: the summary, else the needs. */
    public String remarks() {
        return summary.isEmpty() ? needs : summary;
    }
}
