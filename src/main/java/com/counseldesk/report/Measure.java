package com.counseldesk.report;

/**
 * One figure's value: a count, an amount in fen, or (for a rate) the part of the base, e.g. 3 of 12
 * households visited. The share is left to the spreadsheet and the screen to show, never stored rounded.
 */
public record Measure(long value, long base) {
    public static final Measure NONE = new Measure(0, 0);

    /** The share for a rate, or null when the base is empty (shown as "—", never as 0%). */
    public Double ratio() {
        return base == 0 ? null : (double) value / base;
    }
}
