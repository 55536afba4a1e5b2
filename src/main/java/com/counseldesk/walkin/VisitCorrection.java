package com.counseldesk.walkin;

import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Channel;
import java.util.List;

/** A visit registered with a mistake, put right: the counselor, channel, students who came and purpose. */
public record VisitCorrection(long counselorId, Channel channel, List<Long> studentIds, String purpose) {
    public VisitCorrection {
        if (channel == null) {
            throw new ValidationException("channel", "error.required");
        }
        if (studentIds == null || studentIds.isEmpty()) {
            throw new ValidationException("student", "error.visit.noStudent");
        }
        studentIds = List.copyOf(studentIds);
        purpose = WalkIn.purpose(purpose);
    }
}
