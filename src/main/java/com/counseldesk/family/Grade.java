package com.counseldesk.family;

/** School year of the student (年级), from kindergarten to senior three. */
public enum Grade {
    UNKNOWN, KINDERGARTEN, P1, P2, P3, P4, P5, P6, J1, J2, J3, S1, S2, S3, OTHER
}
