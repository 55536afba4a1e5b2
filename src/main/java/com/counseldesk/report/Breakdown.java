package com.counseldesk.report;

/** What a figure is counted per: the whole office, or per counselor, channel, client type, intent level or day. */
public enum Breakdown {
    OFFICE, COUNSELOR, CHANNEL, CLIENT_TAG, INTENT,
    /** Per day of the month ({@code 2026-10-31}), by the time the figure is counted at. */
    DAY,
    /** Per day and channel, keyed {@code 2026-10-31|INVITED}. */
    DAY_CHANNEL
}
