package com.counseldesk.office;

import java.time.LocalDateTime;

/**
 * One change of the staff list: who ({@code byName}, null for the first staff entered at first run)
 * changed which person's what, when. {@code field} is one of the constants; values are as stored
 * (a name, a {@link Role} name, "1"/"0" for active).
 */
public record StaffChange(long id, long staffId, String staffName, String field, String before, String after,
        String byName, LocalDateTime at) {
    public static final String CREATED = "created";
    public static final String NAME = "name";
    public static final String ROLE = "role";
    public static final String ACTIVE = "active";
}
