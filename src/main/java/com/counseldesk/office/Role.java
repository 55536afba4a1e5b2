package com.counseldesk.office;

/** A staff member's role in the office. */
public enum Role {
    FRONT_DESK, COUNSELOR, MANAGER;

    /** Counselors and managers (咨询主管) consult families and can own them. */
    public boolean consults() {
        return this != FRONT_DESK;
    }
}
