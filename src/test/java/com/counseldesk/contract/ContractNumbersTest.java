package com.counseldesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.counseldesk.common.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format of contract numbers, a setting of the office. */
class ContractNumbersTest {
    private static final LocalDate NOV = LocalDate.of(2026, 11, 27);

    @Test
    void theDefaultCountsPerMonth() {
        ContractNumbers n = ContractNumbers.of(ContractNumbers.DEFAULT);
        assertEquals("HT202611-001", n.number(NOV, 1));
        assertEquals("HT202611-1234", n.number(NOV, 1234));
        assertEquals("HT202611-{seq}", n.period(NOV));
        assertEquals("HT202612-{seq}", n.period(NOV.plusMonths(1)));
    }

    @Test
    void otherFormatsCountPerTheirPeriod() {
        ContractNumbers yearly = ContractNumbers.of("{yyyy}/{seq:5}");
        assertEquals("2026/00042", yearly.number(NOV, 42));
        assertEquals(yearly.period(NOV), yearly.period(NOV.plusMonths(1)));
        assertEquals("C261127-7", ContractNumbers.of("C{yyMMdd}-{seq}").number(NOV, 7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"HT{yyyyMM}|error.numberFormat.seq",
        "HT{seq:3}{seq:2}|error.numberFormat.seq", "HT{abc}-{seq:3}|error.numberFormat.part",
        "合同{seq:3}|error.numberFormat.chars", "HT {seq:3}|error.numberFormat.chars", "' '|error.required"})
    void wrongFormatsAreRefused(String typed, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> ContractNumbers.of(typed));
        assertEquals(key, e.messageKey());
        assertEquals(ContractNumbers.FIELD, e.field());
    }
}
