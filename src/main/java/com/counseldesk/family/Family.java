package com.counseldesk.family;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;

/** One family lead: a student and the parent who decides (客户 / 学员家庭). Recognised by its phone. */
public record Family(
        long id,
        String studentName,
        Gender gender,
        Grade grade,
        String school,
        String parentName,
        Relation parentRelation,
        Phone phone,
        Channel channel,
        Long referredBy,
        Long ownerId,
        Stage stage,
        LocalDateTime createdAt,
        Long createdBy) {
}
