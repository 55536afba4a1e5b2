package com.counseldesk.hotline;

/** One counselor in a day's duty order: their place in it, and whether they are away just now. */
public record DutySeat(long staffId, int position, boolean absent) {
}
