package com.counseldesk.common.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 7);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-07", "2026-3-7", "2026/3/7", "2026.03.07", "20260307", "2026年3月7日", " 2026-03-07 "})
    void theWaysADayIsTyped(String typed) {
        assertEquals(DAY, DateText.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "tomorrow", "3/7", "2026-03", "２０２６－０３－０７x"})
    void anythingElseIsNotADay(String typed) {
        assertThrows(DateTimeException.class, () -> DateText.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11", "2026/11", "2026.11", " 2026-11 "})
    void theWaysAMonthIsTyped(String typed) {
        assertEquals(YearMonth.of(2026, 11), DateText.month(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "十一月", "11", "2026-11-01"})
    void anythingElseIsNotAMonth(String typed) {
        assertThrows(DateTimeException.class, () -> DateText.month(typed));
    }

    @Test
    void aOneDigitMonthAndBlank() {
        assertEquals(YearMonth.of(2026, 1), DateText.month("2026-1"));
        assertNull(DateText.month(" "));
    }

    @Test
    void blankIsNoDay() {
        assertNull(DateText.parse("  "));
        assertNull(DateText.parse(null));
    }

    @Test
    void thePickersConverterKeepsAMistypedDayOnScreen() {
        StringConverter<LocalDate> c = DateText.keepingTypedText();

        assertNull(c.fromString("2026-13-01"));
        assertEquals("2026-13-01", c.toString(null));

        assertEquals(DAY, c.fromString("2026/3/7"));
        assertEquals("2026-03-07", c.toString(DAY));
        assertNull(c.fromString(""));
        assertEquals("", c.toString(null));
    }
}
