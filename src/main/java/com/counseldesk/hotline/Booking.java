package com.counseldesk.hotline;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A visit to book (邀约上门): the time the family chose of the two offered ("周六上午九点还是下午两点?"),
 * the other one (kept, may be null), the counselor (null: the household's owner, else the person
 * booking), the student (null: the call's, or the household's only one), what to bring (null: all
 * of it, the office's habit) and a note.
 */
public record Booking(LocalDateTime startsAt, LocalDateTime otherOffer, Long counselorId, Long studentId,
        Set<BringItem> bring, String note) {
    public static final String STARTS_AT = "startsAt";
    public static final String OTHER_OFFER = "otherOffer";
    public static final String COUNSELOR = "counselor";
    public static final String STUDENT = "student";
    public static final String NOTE = "appointmentNote";

    public Booking {
        if (startsAt == null) {
            throw new ValidationException(STARTS_AT, "error.required");
        }
        startsAt = startsAt.truncatedTo(ChronoUnit.MINUTES);
        otherOffer = otherOffer == null ? null : otherOffer.truncatedTo(ChronoUnit.MINUTES);
        if (startsAt.equals(otherOffer)) {
            throw new ValidationException(OTHER_OFFER, "error.appointment.sameOffer");
        }
        bring = bring == null ? BringItem.all() : BringItem.copy(bring);
        note = note(note);
    }

    /** A booking at this time with everything else as the office usually has it. */
    public static Booking at(LocalDateTime startsAt) {
        return new Booking(startsAt, null, null, null, null, "");
    }

    public static String note(String typed) {
        return Text.optional(NOTE, typed, Text.LONG_MAX);
    }

    /** Refuses a time that has gone by (either of the two offered). */
    public static void notPast(LocalDateTime time, String field, LocalDateTime now) {
        if (time != null && time.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            throw new ValidationException(field, "error.appointment.past");
        }
    }

    void notPast(LocalDateTime now) {
        notPast(startsAt, STARTS_AT, now);
        notPast(otherOffer, OTHER_OFFER, now);
    }
}
