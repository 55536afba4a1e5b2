package com.counseldesk.walkin;

/**
 * What registering a visit did: which family and visit, whether the family is new, and who owns it.
 * {@code ownerKept} is true when the desk chose another counselor for a family that already had
 * an owner: the visit went to the chosen counselor, the family stayed with its owner.
 */
public record Registration(long familyId, long visitId, boolean newFamily, long ownerId, String ownerName,
        boolean ownerKept) {
}
