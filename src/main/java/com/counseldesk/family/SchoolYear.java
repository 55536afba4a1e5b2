package com.counseldesk.family;

import java.time.LocalDate;

/** School years turn on 1 September. */
public final class SchoolYear {
    private SchoolYear() {
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    public static Grade current(Grade given, int givenInSchoolYear, LocalDate today) {
        int years = of(today) - givenInSchoolYear;
        if (years <= 0 || given.ordinal() < Grade.KINDERGARTEN.ordinal() || given.ordinal() > Grade.S3.ordinal()) {
            return given;
        }
        int target = given.ordinal() + years;
        return target > Grade.S3.ordinal() ? Grade.OTHER : Grade.values()[target];
    }
}
