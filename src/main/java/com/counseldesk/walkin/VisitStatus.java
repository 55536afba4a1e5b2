package com.counseldesk.walkin;

/** A visit's state at the desk: waiting, in consultation, left. */
public enum VisitStatus {
    WAITING, CONSULTING, LEFT
}
