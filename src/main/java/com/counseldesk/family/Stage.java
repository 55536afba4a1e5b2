package com.counseldesk.family;

/** Where a family stands in the pipeline (跟进阶段). */
public enum Stage {
    NEW, INVITED, VISITED, SIGNED, LOST;

    /** The stage after a visit: a visit moves a lead forward, never back from signed. */
    public Stage afterVisit() {
        return this == SIGNED ? SIGNED : VISITED;
    }
}
