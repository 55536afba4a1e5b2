package com.counseldesk.walkin;

/**
 * What registering a visit did: which household, student and visit, whether the household or the
 * student is new, and who owns the household. {@code ownerKept} is true when the desk chose another
 * counselor for a household that already had an owner: the visit went to the chosen counselor,
 * the household stayed with its owner.
 */
public record Registration(long householdId, long studentId, long visitId, boolean newHousehold,
        boolean newStudent, long ownerId, String ownerName, boolean ownerKept) {
}
