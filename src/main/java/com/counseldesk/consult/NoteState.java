package com.counseldesk.consult;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where a consultation note stands: a DRAFT while it is written (saved as the counselor types),
 * SIGNED by its author, or LOCKED at the end of its session's day when nobody signed it. A signed
 * or locked note changes only by amendments. Labels: {@code noteState.<NAME>}.
 */
public enum NoteState {
    DRAFT, SIGNED, LOCKED;

    /**
     * The end-of-day rule: a note stored as a draft whose session was on a day before {@code today} is
     * locked, whether or not the store has been told yet (it is, at start and before any write).
     */
    public static NoteState asOf(NoteState stored, LocalDateTime sessionAt, LocalDate today) {
        return stored == DRAFT && sessionAt.toLocalDate().isBefore(today) ? LOCKED : stored;
    }

    /** When a draft of this session locks: the midnight that ends its day. */
    public static LocalDateTime lockTime(LocalDateTime sessionAt) {
        return sessionAt.toLocalDate().plusDays(1).atStartOfDay();
    }

    /** Whether a note in this state is written in place (a draft) or only amended. */
    public boolean editable() {
        return this == DRAFT;
    }
}
