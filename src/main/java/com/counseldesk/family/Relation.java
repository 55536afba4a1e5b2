package com.counseldesk.family;

/** The parent's relation to the student (关系). */
public enum Relation {
    UNKNOWN, MOTHER, FATHER, GRANDFATHER, GRANDMOTHER, OTHER
}
