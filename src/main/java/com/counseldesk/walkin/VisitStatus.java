package com.counseldesk.walkin;

import java.util.List;

/** A visit's state at the desk: waiting, in consultation, left; or void (registered by mistake, with a reason). */
public enum VisitStatus {
    WAITING, CONSULTING, LEFT, VOID;

    /** The states the desk sets with its buttons; VOID is reached only by voiding with a reason. */
    public static final List<VisitStatus> AT_THE_DESK = List.of(WAITING, CONSULTING, LEFT);
}
