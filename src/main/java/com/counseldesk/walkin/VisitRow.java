package com.counseldesk.walkin;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of a visit list: the visit with the household, students and counselor it names.
 * {@code phone} is the household's main number (null when it has none left).
 */
public record VisitRow(
        long visitId,
        long householdId,
        List<Long> studentIds,
        String studentNames,
        String parentName,
        Phone phone,
        Channel channel,
        LocalDateTime arrivedAt,
        LocalDateTime leftAt,
        VisitStatus status,
        long counselorId,
        String counselorName,
        String whoCame,
        String purpose,
        String voidReason) {
    public VisitRow {
        studentIds = List.copyOf(studentIds);
    }
}
