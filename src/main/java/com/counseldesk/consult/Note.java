package com.counseldesk.consult;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A consultation note as read: its household and author, the session's time, what was written, its
 * state as of the reading day (the end-of-day rule applied: {@link NoteState#asOf}), when it was
 * signed, and the amendments appended since, oldest first.
 */
public record Note(long id, long householdId, long authorId, String authorName, LocalDateTime sessionAt,
        NoteContent content, NoteState state, LocalDateTime signedAt, LocalDateTime updatedAt,
        List<Amendment> amendments) {
    public Note {
        amendments = List.copyOf(amendments);
    }

    /** The first words of what was written, for a list or the timeline: needs, else proposal, else next step. */
    public String excerpt(int max) {
        return Excerpts.of(Excerpts.first(content.needs(), content.proposal(), content.objections(),
                content.nextStep()), max);
    }
}
