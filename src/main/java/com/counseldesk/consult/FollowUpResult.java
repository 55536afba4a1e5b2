package com.counseldesk.consult;

/**
 * What came of a follow-up (回访结果). Whether a next one must, may or may not be planned in the
 * same step is the result's own rule: not reached and "call back later" leave the family waiting
 * for another call; a family given up on gets none.
 */
public enum FollowUpResult {
    REACHED,
    NOT_REACHED,
    CALL_BACK,
    VISIT_BOOKED,
    GAVE_UP;

    /** Whether recording this result must plan the next follow-up too. */
    public boolean needsNext() {
        return this == NOT_REACHED || this == CALL_BACK;
    }

    /** Whether a next follow-up may be planned with this result. */
    public boolean allowsNext() {
        return this != GAVE_UP;
    }
}
