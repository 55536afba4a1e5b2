package com.counseldesk.walkin;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import java.time.LocalDateTime;

/** One line of a visit list: the visit with the family and counselor it names. */
public record VisitRow(
        long visitId,
        long familyId,
        String studentName,
        String parentName,
        Phone phone,
        Channel channel,
        LocalDateTime arrivedAt,
        LocalDateTime leftAt,
        VisitStatus status,
        long counselorId,
        String counselorName,
        String whoCame,
        String purpose) {
}
