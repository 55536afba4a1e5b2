package com.counseldesk.family;

/**
 * The office's assignment rule (接待归属). A family that has an owner keeps that owner: taking over
 * another counselor's client (抢单) is forbidden, whoever receives the visit. A new family invited
 * by a counselor (邀约上访) belongs to the inviting counselor, who is the one chosen at the desk; any
 * other new visitor belongs to the counselor the desk assigns.
 */
public final class Ownership {
    private Ownership() {
    }

    public static long ownerFor(Long existingOwner, long counselorAtDesk) {
        return existingOwner != null ? existingOwner : counselorAtDesk;
    }

    /** True when the desk hands an owned family to someone other than its owner: the UI warns. */
    public static boolean isTakeOver(Long existingOwner, long counselorAtDesk) {
        return existingOwner != null && existingOwner != counselorAtDesk;
    }
}
