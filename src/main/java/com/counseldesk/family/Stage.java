package com.counseldesk.family;

/** Where a family stands in the pipeline (跟进阶段). */
public enum Stage {
    NEW, INVITED, VISITED, SIGNED, LOST;

    /** The stage after a visit: a visit moves a lead forward, never back from signed. */
    public Stage afterVisit() {
        return this == SIGNED ? SIGNED : VISITED;
    }

    /** The stage after a visit was booked: a new lead is invited; a lead further on stays where it is. */
    public Stage afterInvitation() {
        return this == NEW ? INVITED : this;
    }
}
