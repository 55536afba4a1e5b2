package com.counseldesk.hotline;

/**
 * What a counselor's turn of the duty rotation came to. Labels live in the bundles as
 * {@code turnKind.<NAME>}.
 */
public enum TurnKind {
    /** They answered the call (an advert or a wrong number uses the turn as well). */
    TAKEN,
    /** They were marked absent when their turn came: passed over until the next round. */
    SKIPPED,
    /** Not marked absent, but someone after them in the order answered: passed over all the same. */
    PASSED
}
