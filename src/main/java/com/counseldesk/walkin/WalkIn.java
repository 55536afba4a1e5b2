package com.counseldesk.walkin;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;

/**
 * What the front desk types for one visiting family. The constructor normalises the text and
 * refuses what is wrong, naming the field; a WalkIn that exists is valid.
 */
public record WalkIn(
        String studentName,
        Gender gender,
        Grade grade,
        String school,
        String parentName,
        Relation parentRelation,
        Phone phone,
        Channel channel,
        Long referrerFamilyId,
        String whoCame,
        String purpose,
        Long counselorId) {

    public WalkIn {
        studentName = Text.required("studentName", studentName, Text.NAME_MAX);
        school = Text.optional("school", school, Text.SHORT_MAX);
        parentName = Text.optional("parentName", parentName, Text.NAME_MAX);
        whoCame = Text.optional("whoCame", whoCame, Text.SHORT_MAX);
        purpose = Text.optional("purpose", purpose, Text.LONG_MAX);
        gender = gender == null ? Gender.UNKNOWN : gender;
        grade = grade == null ? Grade.UNKNOWN : grade;
        parentRelation = parentRelation == null ? Relation.UNKNOWN : parentRelation;
        if (phone == null) {
            throw new ValidationException(Phone.FIELD, "error.required");
        }
        if (channel == null) {
            throw new ValidationException("channel", "error.required");
        }
        if (!Channel.WALK_IN.contains(channel)) {
            throw new ValidationException("channel", "error.channel.notWalkIn");
        }
        if (channel.needsReferrer() && referrerFamilyId == null) {
            throw new ValidationException("referrer", "error.referrer.required");
        }
        if (!channel.needsReferrer()) {
            referrerFamilyId = null;
        }
        if (counselorId == null) {
            throw new ValidationException("counselor", "error.required");
        }
    }
}
