package com.counseldesk.consult;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A follow-up (回访) as stored: whose household (and which student, if one), whose task, when it is
 * due (a time only when one was agreed) and what for; once made, when, by whom and with what result.
 */
public record FollowUp(
        long id,
        long householdId,
        Long studentId,
        long ownerId,
        String ownerName,
        LocalDateTime dueAt,
        boolean hasTime,
        String purpose,
        Long fromNoteId,
        Long fromVisitId,
        String createdByName,
        LocalDateTime createdAt,
        LocalDateTime doneAt,
        String doneByName,
        FollowUpResult result,
        String resultNote) {
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    public boolean isOpen() {
        return doneAt == null;
    }

    public LocalDate dueDay() {
        return dueAt.toLocalDate();
    }

    /** The time agreed, or null for "some time that day". */
    public LocalTime time() {
        return hasTime ? dueAt.toLocalTime() : null;
    }

    /** Still open on a day after the one it was due. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDay().isBefore(today);
    }

    /** When it is due as lists show it, the same in every language: "2026-11-28 14:30" or "2026-11-28". */
    public String dueText() {
        return dueDay() + (hasTime ? " " + dueAt.format(HOUR_MINUTE) : "");
    }
}
