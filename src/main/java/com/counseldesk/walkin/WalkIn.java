package com.counseldesk.walkin;

import com.counseldesk.common.Phone;
import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Channel;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.StudentDetails;
import java.util.List;

/**
 * What the front desk typed for one visit. The phone finds the household; {@code studentId} says
 * which of its children came (null: a child not on record yet, described by {@code student});
 * {@code alsoCame} lists brothers and sisters who came too. {@code attachTo} is set when the desk
 * chose to add a new number to a household it found by the parent's name. A WalkIn that exists is
 * valid; the constructor names the field that is not.
 */
public record WalkIn(
        Phone phone,
        Long attachTo,
        Long studentId,
        StudentDetails student,
        List<Long> alsoCame,
        ContactDetails parent,
        Channel channel,
        Long referrerHouseholdId,
        String whoCame,
        String purpose,
        Long counselorId) {

    public WalkIn {
        if (phone == null) {
            throw new ValidationException(Phone.FIELD, "error.required");
        }
        if (student == null) {
            throw new ValidationException(StudentDetails.NAME, "error.required");
        }
        alsoCame = alsoCame == null ? List.of() : List.copyOf(alsoCame);
        parent = parent == null ? new ContactDetails("", null) : parent;
        whoCame = whoCame(whoCame);
        purpose = purpose(purpose);
        if (channel == null) {
            throw new ValidationException("channel", "error.required");
        }
        if (!Channel.WALK_IN.contains(channel)) {
            throw new ValidationException("channel", "error.channel.notWalkIn");
        }
        if (channel.needsReferrer() && referrerHouseholdId == null) {
            throw new ValidationException("referrer", "error.referrer.required");
        }
        if (!channel.needsReferrer()) {
            referrerHouseholdId = null;
        }
        if (counselorId == null) {
            throw new ValidationException("counselor", "error.required");
        }
    }

    public static String whoCame(String typed) {
        return Text.optional("whoCame", typed, Text.SHORT_MAX);
    }

    public static String purpose(String typed) {
        return Text.optional("purpose", typed, Text.LONG_MAX);
    }
}
