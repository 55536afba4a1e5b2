package com.counseldesk.hotline;

/**
 * How a call ended, required for every call: a visit booked, a follow-up set, not interested, or not
 * a client at all (an advert, a wrong number). Labels: {@code callOutcome.<NAME>}.
 */
public enum CallOutcome {
    BOOKED, FOLLOW_UP, NOT_INTERESTED, NOT_CLIENT;

    /** Whether the call was with a family (what they said goes to their records); an advert's is not. */
    public boolean isClient() {
        return this != NOT_CLIENT;
    }

    /** Whether the outcome needs the household on record (an appointment or a follow-up hangs on it). */
    public boolean needsHousehold() {
        return this == BOOKED || this == FOLLOW_UP;
    }
}
