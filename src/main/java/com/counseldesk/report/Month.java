package com.counseldesk.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The calendar month a report is about, as the bounds every query compares with: stored times are
 * the office's local time as ISO-8601 text ({@code 2026-10-31T18:00:00}) and days as
 * {@code 2026-10-31}, so "in the month" is {@code from <= value < to} on the text of both, with
 * {@code from} the month's first day and {@code to} the next month's.
 */
public record Month(YearMonth value) {
    public Month {
        if (value == null) {
            throw new IllegalArgumentException("month");
        }
    }

    public static Month of(int year, int month) {
        return new Month(YearMonth.of(year, month));
    }

    /** The month before the one {@code today} falls in: what a manager exports at the start of a month. */
    public static Month before(LocalDate today) {
        return new Month(YearMonth.from(today).minusMonths(1));
    }

    /** The first day, {@code 2026-10-01}. */
    public String from() {
        return value.atDay(1).toString();
    }

    /** The first day of the next month, {@code 2026-11-01}: the bound nothing of the month reaches. */
    public String to() {
        return value.plusMonths(1).atDay(1).toString();
    }

    public Month previous() {
        return new Month(value.minusMonths(1));
    }

    /** {@code 2026-10}. */
    @Override
    public String toString() {
        return value.toString();
    }
}
