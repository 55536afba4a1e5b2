package com.counseldesk.walkin;

import com.counseldesk.family.Channel;
import java.time.LocalDateTime;

/** A family at the office (来访): when they came and left, who received them, who consulted. */
public record Visit(
        long id,
        long familyId,
        Channel channel,
        LocalDateTime arrivedAt,
        LocalDateTime leftAt,
        VisitStatus status,
        Long receivedBy,
        long counselorId,
        String whoCame,
        String purpose) {
}
