package com.counseldesk.contract;

import com.counseldesk.common.ValidationException;
import com.counseldesk.consult.Access;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;

/**
 * Who does what with contracts, as an office works:
 * <ul>
 *   <li>a counselor records a contract for a household whose records they may write ({@link Access}:
 *   their own, or one nobody owns); a manager for any household; the front desk records none;</li>
 *   <li>the front desk is the office's cashier: it sees every contract with its amounts, takes payments
 *   and prints receipts and summaries;</li>
 *   <li>a counselor sees, takes payments for, completes and refunds the contracts of the households they
 *   may read and the contracts credited to them; another counselor sees none of them, not even on the
 *   family page's timeline; a manager everything;</li>
 *   <li>a refund is approved by a manager (named on it); only a manager voids a contract.</li>
 * </ul>
 * The contract services apply these inside their transactions, with the staff and owner as stored then.
 */
public final class ContractAccess {
    public static final String REFUSED = "error.contract.notYours";

    private ContractAccess() {
    }

    /** Whether {@code who} records contracts for a household owned by {@code ownerId} (its active owner, or null). */
    public static boolean signs(Staff who, Long ownerId) {
        return Access.readsInFull(who, ownerId);
    }

    /** Whether {@code who} sees a contract (and its amounts) of a household owned by {@code ownerId}. */
    public static boolean reads(Staff who, Long ownerId, long creditedId) {
        if (who == null || !who.active()) {
            return false;
        }
        return who.role() == Role.FRONT_DESK || changes(who, ownerId, creditedId);
    }

    /** Whether {@code who} completes or refunds such a contract (the front desk does not). */
    public static boolean changes(Staff who, Long ownerId, long creditedId) {
        return Access.readsInFull(who, ownerId) || who != null && who.active() && who.id() == creditedId
                && who.role().consults();
    }

    /** Whether {@code who} voids contracts: a manager. */
    public static boolean voids(Staff who) {
        return who != null && who.active() && who.role() == Role.MANAGER;
    }

    /** Whether {@code who} sees every contract of the office (a manager, the front desk). */
    public static boolean readsAll(Staff who) {
        return who != null && who.active() && (who.role() == Role.MANAGER || who.role() == Role.FRONT_DESK);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new ValidationException("household", REFUSED);
        }
    }
}
