package com.counseldesk.family;

import java.time.LocalDate;

/**
 * A student of a household. The grade is kept as it was given ({@code grade}) with the school year
 * it was given for ({@code gradeYear}); {@link #gradeOn} says what it is on a given day.
 */
public record Student(
        long id,
        long householdId,
        String name,
        Gender gender,
        Grade grade,
        int gradeYear,
        String school,
        Stage stage) {

    public Grade gradeOn(LocalDate day) {
        return SchoolYear.current(grade, gradeYear, day);
    }
}
