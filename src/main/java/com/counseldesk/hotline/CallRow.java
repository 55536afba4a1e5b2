package com.counseldesk.hotline;

import java.time.LocalDateTime;

/** One logged call as the lists and the family page show it: who took it, when, how long, how it ended, and its sheet. */
public record CallRow(long id, CallKind kind, Long householdId, Long studentId, LocalDateTime startedAt,
        int durationSeconds, CallOutcome outcome, long takenBy, String takenByName, CallSheet sheet) {
}
