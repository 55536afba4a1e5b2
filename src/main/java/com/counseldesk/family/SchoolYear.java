package com.counseldesk.family;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * School years, which turn on 1 September: the school year 2025 runs from 1 September 2025 to
 * 31 August 2026. A grade is stored with the school year it was given for, and shown as it is today.
 */
public final class SchoolYear {
    /** The grades a student passes through, one per school year. */
    private static final List<Grade> LADDER = List.of(Grade.KINDERGARTEN, Grade.P1, Grade.P2, Grade.P3, Grade.P4,
            Grade.P5, Grade.P6, Grade.J1, Grade.J2, Grade.J3, Grade.S1, Grade.S2, Grade.S3, Grade.GRADUATED);

    private SchoolYear() {
    }

    /** The school year a date falls in: its calendar year from September on, the year before until August. */
    public static int of(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /**
     * The grade today of a student who was in {@code given} during school year {@code givenInSchoolYear}:
     * one grade up per school year since, kindergarten to primary one, past senior three graduated.
     * {@link Grade#UNKNOWN}, {@link Grade#OTHER} and {@link Grade#GRADUATED} stay as they are, and so does
     * every grade when today falls before the school year it was given for (a clock set back).
     */
    public static Grade current(Grade given, int givenInSchoolYear, LocalDate today) {
        Objects.requireNonNull(given, "given");
        int step = LADDER.indexOf(given);
        long elapsed = (long) of(today) - givenInSchoolYear;
        if (step < 0 || elapsed <= 0) {
            return given;
        }
        return LADDER.get((int) Math.min(step + elapsed, LADDER.size() - 1));
    }
}
