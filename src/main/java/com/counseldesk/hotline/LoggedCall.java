package com.counseldesk.hotline;

/**
 * What logging a call did: the call; the household it went to (null: a number nobody knows that
 * gave no name) and whether it was made by this call, with the student; who owns the household and
 * whether that is someone else than the person who took the call (they are told whose family it
 * is); the duty turn it used; the appointment or follow-up it ended with; and how many earlier calls
 * from the same unknown number joined the new household.
 */
public record LoggedCall(long callId, Long householdId, boolean newHousehold, Long studentId, Long ownerId,
        String ownerName, boolean ownedByOther, Long turnId, Long appointmentId, Long followUpId,
        int earlierCallsJoined) {
}
