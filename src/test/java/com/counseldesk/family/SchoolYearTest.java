package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SchoolYearTest {
    private static final LocalDate GIVEN_DAY = LocalDate.of(2025, 10, 15);
    private static final int GIVEN_YEAR = 2025;

    @ParameterizedTest
    @CsvSource({
        "2025-08-31, 2024",
        "2025-09-01, 2025",
        "2025-12-31, 2025",
        "2026-01-01, 2025",
        "2026-08-31, 2025",
        "2026-09-01, 2026",
        "2024-02-29, 2023",
    })
    void theSchoolYearTurnsOnTheFirstOfSeptember(LocalDate date, int schoolYear) {
        assertEquals(schoolYear, SchoolYear.of(date));
    }

    @Test
    void aGradeGivenThisSchoolYearIsStillTrue() {
        assertEquals(Grade.P5, SchoolYear.current(Grade.P5, GIVEN_YEAR, GIVEN_DAY));
        assertEquals(Grade.P5, SchoolYear.current(Grade.P5, GIVEN_YEAR, LocalDate.of(2025, 9, 1)));
        assertEquals(Grade.P5, SchoolYear.current(Grade.P5, GIVEN_YEAR, LocalDate.of(2026, 8, 31)));
    }

    @Test
    void theGradeMovesUpOnTheFirstOfSeptemberNotTheDayBefore() {
        // Given in school year 2024 (e.g. in May 2025): still P5 on 31 August 2025, P6 on 1 September 2025.
        assertEquals(Grade.P5, SchoolYear.current(Grade.P5, 2024, LocalDate.of(2025, 8, 31)));
        assertEquals(Grade.P6, SchoolYear.current(Grade.P5, 2024, LocalDate.of(2025, 9, 1)));
        // And the year after: P6 until 31 August 2026, J1 from 1 September 2026.
        assertEquals(Grade.P6, SchoolYear.current(Grade.P5, 2024, LocalDate.of(2026, 8, 31)));
        assertEquals(Grade.J1, SchoolYear.current(Grade.P5, 2024, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void aGradeGivenInMayMovesUpThatSeptember() {
        LocalDate may = LocalDate.of(2025, 5, 20);
        int given = SchoolYear.of(may);

        assertEquals(Grade.J2, SchoolYear.current(Grade.J2, given, may));
        assertEquals(Grade.J3, SchoolYear.current(Grade.J2, given, LocalDate.of(2025, 9, 1)));
    }

    @ParameterizedTest
    @CsvSource({
        "P1, 1, P2",
        "P1, 5, P6",
        "P1, 6, J1",
        "P6, 1, J1",
        "P3, 4, J1",
        "J3, 1, S1",
        "J1, 5, S3",
        "S2, 1, S3",
        "S3, 1, GRADUATED",
        "S1, 3, GRADUATED",
        "P1, 12, GRADUATED",
        "P1, 40, GRADUATED",
    })
    void severalYearsLaterTheGradeHasMovedOnePerYear(Grade given, int years, Grade expected) {
        LocalDate today = GIVEN_DAY.plusYears(years);

        assertEquals(expected, SchoolYear.current(given, GIVEN_YEAR, today));
    }

    @Test
    void kindergartenBecomesPrimaryOneAfterOneYearThenMovesOn() {
        assertEquals(Grade.KINDERGARTEN, SchoolYear.current(Grade.KINDERGARTEN, GIVEN_YEAR, LocalDate.of(2026, 8, 31)));
        assertEquals(Grade.P1, SchoolYear.current(Grade.KINDERGARTEN, GIVEN_YEAR, LocalDate.of(2026, 9, 1)));
        assertEquals(Grade.P2, SchoolYear.current(Grade.KINDERGARTEN, GIVEN_YEAR, LocalDate.of(2027, 9, 1)));
        assertEquals(Grade.J1, SchoolYear.current(Grade.KINDERGARTEN, GIVEN_YEAR, LocalDate.of(2032, 9, 1)));
        assertEquals(Grade.GRADUATED, SchoolYear.current(Grade.KINDERGARTEN, GIVEN_YEAR, LocalDate.of(2038, 9, 1)));
    }

    @ParameterizedTest
    @EnumSource(value = Grade.class, names = {"UNKNOWN", "OTHER", "GRADUATED"})
    void gradesOutsideTheLadderStayAsTheyAre(Grade given) {
        assertEquals(given, SchoolYear.current(given, GIVEN_YEAR, GIVEN_DAY));
        assertEquals(given, SchoolYear.current(given, GIVEN_YEAR, GIVEN_DAY.plusYears(1)));
        assertEquals(given, SchoolYear.current(given, GIVEN_YEAR, GIVEN_DAY.plusYears(20)));
        assertEquals(given, SchoolYear.current(given, GIVEN_YEAR, GIVEN_DAY.minusYears(3)));
    }

    @ParameterizedTest
    @EnumSource(Grade.class)
    void aClockSetBeforeTheGivenYearLeavesTheGradeUnchanged(Grade given) {
        assertEquals(given, SchoolYear.current(given, GIVEN_YEAR, LocalDate.of(2025, 8, 31)));
        assertEquals(given, SchoolYear.current(given, GIVEN_YEAR, LocalDate.of(2019, 1, 1)));
    }

    @Test
    void extremeYearsDoNotOverflow() {
        assertEquals(Grade.P3, SchoolYear.current(Grade.P3, Integer.MAX_VALUE, GIVEN_DAY));
        assertEquals(Grade.GRADUATED, SchoolYear.current(Grade.P3, Integer.MIN_VALUE, GIVEN_DAY));
    }

    @Test
    void aMissingGradeIsRefused() {
        assertThrows(NullPointerException.class, () -> SchoolYear.current(null, GIVEN_YEAR, GIVEN_DAY));
        assertThrows(NullPointerException.class, () -> SchoolYear.current(Grade.P1, GIVEN_YEAR, null));
    }

    @Test
    void graduatedIsNotChoosableButEveryOtherGradeIsInOrder() {
        List<Grade> choosable = Grade.choosable();

        assertFalse(choosable.contains(Grade.GRADUATED));
        assertEquals(List.of(Grade.UNKNOWN, Grade.KINDERGARTEN, Grade.P1, Grade.P2, Grade.P3, Grade.P4, Grade.P5,
                Grade.P6, Grade.J1, Grade.J2, Grade.J3, Grade.S1, Grade.S2, Grade.S3, Grade.OTHER), choosable);
    }

    @Test
    void graduatedComesRightAfterSeniorThreeAndBeforeOther() {
        List<Grade> all = List.of(Grade.values());

        assertEquals(all.indexOf(Grade.S3) + 1, all.indexOf(Grade.GRADUATED));
        assertEquals(all.indexOf(Grade.GRADUATED) + 1, all.indexOf(Grade.OTHER));
        assertEquals(Grade.OTHER, all.get(all.size() - 1));
    }
}
