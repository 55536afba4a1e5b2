package com.counseldesk.office;

import com.counseldesk.common.Text;
import com.counseldesk.common.ValidationException;

/** A person who works in the office. */
public record Staff(long id, String name, Role role, boolean active) {
    public static final String FIELD_NAME = "staffName";

    public Staff {
        name = Text.required(FIELD_NAME, name, Text.NAME_MAX);
        if (role == null) {
            throw new ValidationException("role", "error.required");
        }
    }
}
