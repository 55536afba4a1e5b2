package com.counseldesk.contract;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.StudentDetails;

/** A family a signing family recommends (转介绍): the child's name, the parent to call and their number. */
public record ReferredFamily(StudentDetails student, ContactDetails parent, Phone phone) {
    public ReferredFamily {
        if (student == null) {
            throw new ValidationException(StudentDetails.NAME, "error.required");
        }
        if (phone == null) {
            throw new ValidationException(Phone.FIELD, "error.required");
        }
    }
}
