package com.counseldesk.consult;

import java.time.LocalDateTime;

/** A consultation note its author has not signed yet, as the start page lists it. */
public record DraftNote(long noteId, long householdId, String students, LocalDateTime sessionAt,
        LocalDateTime updatedAt) {
}
