package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One appointment as the lists show it: the family (student, main contact and number), the
 * counselor, the time chosen and the other one offered, where it stands, what to bring, and what
 * became of it (the call it was made in, the appointment it was moved to, the visit it became, when
 * the family was reminded, why it was cancelled).
 */
public record AppointmentRow(long id, long householdId, long studentId, String studentName, String parentName,
        Phone phone, long counselorId, String counselorName, LocalDateTime startsAt, LocalDateTime otherOffer,
        AppointmentStatus status, Set<BringItem> bring, String note, Long madeInCall, Long rescheduledTo,
        LocalDateTime remindedAt, Long visitId, String statusReason, LocalDateTime bookedAt, String bookedByName) {
    public AppointmentRow {
        bring = BringItem.copy(bring);
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }
}
