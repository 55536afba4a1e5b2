package com.counseldesk.walkin;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;

/**
 * A family expected at the desk: a visit booked for a time and a counselor, not arrived yet.
 * {@code ref} is the booking's id in the feature that made it (the hotline's appointment);
 * {@code phone} is the household's main number (null when it has none left).
 */
public record ExpectedVisitor(long ref, long householdId, long studentId, String studentName, String parentName,
        Phone phone, LocalDateTime at, long counselorId, String counselorName) {
}
