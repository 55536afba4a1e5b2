package com.counseldesk.family;

import java.util.Arrays;
import java.util.List;

/**
 * School year of the student (年级), from kindergarten to senior three, then graduated. A grade is
 * stored with the school year it was given for; {@link SchoolYear#current} tells the grade today.
 */
public enum Grade {
    UNKNOWN, KINDERGARTEN, P1, P2, P3, P4, P5, P6, J1, J2, J3, S1, S2, S3,
    /** Past senior three: only ever reached by time passing, never chosen at the desk. */
    GRADUATED,
    OTHER;

    /** The grades a person may pick for a visitor: every grade except {@link #GRADUATED}, in order. */
    public static List<Grade> choosable() {
        return Arrays.stream(values()).filter(g -> g != GRADUATED).toList();
    }
}
