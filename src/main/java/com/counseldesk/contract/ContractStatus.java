package com.counseldesk.contract;

import com.counseldesk.common.ValidationException;

/**
 * Where a contract stands. An active contract takes payments; it is completed (结课) once its classes
 * are given and nothing is owed, refunded (退费: the family leaves with part or all of what it paid) or
 * voided (作废: recorded by mistake, before any money was taken). Completed, refunded and void are
 * final: a contract is never changed back, and never deleted. Labels: {@code contractStatus.<NAME>}.
 */
public enum ContractStatus {
    ACTIVE, COMPLETED, REFUNDED, VOID;

    /** The field a refused change of status is shown beside. */
    public static final String FIELD = "status";

    /** Whether the contract can still move on (take payments, be completed, refunded or voided). */
    public boolean isOpen() {
        return this == ACTIVE;
    }

    /** Refuses, with the status in the message, anything but an active contract's change to {@code next}. */
    public void checkMoveTo(ContractStatus next) {
        if (this != ACTIVE || next == ACTIVE) {
            throw new ValidationException(FIELD, "error.contract.status", this, next);
        }
    }
}
