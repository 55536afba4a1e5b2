package com.counseldesk.family;

/** Student's gender as the office records it; UNKNOWN when nobody asked. */
public enum Gender {
    UNKNOWN, MALE, FEMALE
}
