package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;

/** What starts a household: how it came, its first student, and the contact whose number it is. */
public record NewHousehold(Channel channel, Long referredBy, StudentDetails student, ContactDetails contact,
        Phone phone) {
    public NewHousehold {
        if (channel == null) {
            throw new ValidationException("channel", "error.required");
        }
        if (student == null) {
            throw new ValidationException(StudentDetails.NAME, "error.required");
        }
        if (phone == null) {
            throw new ValidationException(Phone.FIELD, "error.required");
        }
        contact = contact == null ? new ContactDetails("", Relation.UNKNOWN) : contact;
    }
}
