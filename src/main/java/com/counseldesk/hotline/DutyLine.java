package com.counseldesk.hotline;

/**
 * One counselor on a day's duty order as a screen lists it: their place, whether they are away now,
 * whether the next inbound call is theirs, and the turns they took and missed that day so far
 * ({@code missed}: skipped while absent or passed over).
 */
public record DutyLine(long staffId, String name, int position, boolean absent, boolean next, int taken,
        int missed) {
}
