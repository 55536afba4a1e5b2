package com.counseldesk.hotline;

/** One counselor's turns over a period (the manager's month-end count): answered, skipped while away, passed over. */
public record DutyTally(long staffId, String name, int taken, int skipped, int passed) {
}
