package com.counseldesk.office;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;

/** A staff member as typed in the first-run step. */
public record NewStaff(String name, Role role) {
    public NewStaff {
        name = Text.required("staffName", name, Text.NAME_MAX);
        if (role == null) {
            throw new ValidationException("role", "error.required");
        }
    }
}
