package com.counseldesk.service;

import com.counseldesk.domain.Role;
import com.counseldesk.domain.Text;
import com.counseldesk.domain.ValidationException;

/** A staff member as typed in the first-run step. */
public record NewStaff(String name, Role role) {
    public NewStaff {
        name = Text.required("staffName", name, Text.NAME_MAX);
        if (role == null) {
            throw new ValidationException("role", "error.required");
        }
    }
}
