package com.counseldesk.consult;

import com.counseldesk.common.ValidationException;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;

/**
 * Who sees what of a household's consultation records (tags, intent, notes, follow-ups). A manager
 * sees every household's; a counselor their own households' and the households nobody owns yet;
 * of another counselor's household the others see only that it exists, its owner and its last
 * contact (the family directory's card). The front desk registers visits and sees no consultation
 * records. Enforced by the consult services on every read and write: a hidden button is not the
 * protection.
 */
public final class Access {
    /** The message of a refused read or write; the field names no input. */
    public static final String REFUSED = "error.consult.notYours";

    private Access() {
    }

    /** Whether {@code who} reads and writes the consultation records of a household owned by {@code ownerId}. */
    public static boolean readsInFull(Staff who, Long ownerId) {
        if (who == null || !who.active()) {
            return false;
        }
        return switch (who.role()) {
            case MANAGER -> true;
            case COUNSELOR -> ownerId == null || ownerId == who.id();
            case FRONT_DESK -> false;
        };
    }

    /** Refuses, with {@link #REFUSED}, when {@code who} may not read the household's records. */
    public static void require(Staff who, Long ownerId) {
        if (!readsInFull(who, ownerId)) {
            throw new ValidationException("household", REFUSED);
        }
    }

    /** Whether {@code who} manages the office's own tags and the talk-track library. */
    public static boolean managesLibrary(Staff who) {
        return who != null && who.active() && who.role() == Role.MANAGER;
    }

    /**
     * Whether {@code who} works on consultation records at all (the households nobody owns are every
     * counselor's): counselors and managers, not the front desk. They read the office's tag library.
     */
    public static boolean consults(Staff who) {
        return readsInFull(who, null);
    }

    /** Whether {@code who} reads every household's records, whoever owns it (a manager). */
    public static boolean readsEveryHousehold(Staff who) {
        return consults(who) && who.role() == Role.MANAGER;
    }
}
