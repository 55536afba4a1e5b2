package com.counseldesk.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One recorded turn: whose, which day and round, what it came to, when, and the call logged with it (if any yet). */
public record TurnRow(long id, LocalDate day, int round, long staffId, String staffName, TurnKind kind, Long callId,
        LocalDateTime at) {
}
