package com.counseldesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money in fen: what people type, how it shows, and the rounding of percentages. */
class FenTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.5|123450", "1,234.50|123450", "¥1234|123400", "￥ 1234.05|123405", "0.01|1", ".5|50", "7.|700",
        "10000000|1000000000", "1 234.5|123450", "  88  |8800", "0|0", "1,000,000.00|100000000"})
    void typedAmountsAreFen(String typed, long fen) {
        assertEquals(fen, Fen.parse("f", typed).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-5|error.money.negative", "¥-5|error.money.negative", "abc|error.money.notNumber", "12a|error.money.notNumber",
        "1.234|error.money.decimals", "1.230|error.money.decimals", "10000000.01|error.money.tooMuch",
        "99999999999999999999|error.money.tooMuch", "1,23|error.money.notNumber", "12,34.5|error.money.notNumber",
        "1.2.3|error.money.notNumber", "1e5|error.money.notNumber", "' '|error.required", "NaN|error.money.notNumber"})
    void wrongAmountsAreRefusedWithWhatIsWrong(String typed, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> Fen.parse("amount", typed));
        assertEquals(key, e.messageKey());
        assertEquals("amount", e.field());
    }

    @Test
    void amountsShowAsYuanWithThousandsAndTwoDecimals() {
        assertEquals("¥1,234.50", Fen.of(123450).shown());
        assertEquals("¥0.05", Fen.of(5).shown());
        assertEquals("¥0.00", Fen.ZERO.shown());
        assertEquals("¥10,000,000.00", Fen.MAX.shown());
        assertEquals("1,234.50", Fen.of(123450).plain());
        assertEquals("¥1,234.50", Fen.parse("f", Fen.of(123450).plain()).shown());
    }

    @Test
    void percentagesRoundHalfUpToTheFen() {
        // 12.5% of ¥99.99 = 1,249.875 fen → 1,250
        assertEquals(1250, Fen.of(9999).percent(new BigDecimal("12.5")).value());
        // 15% of ¥0.03 = 0.45 fen → 0; of ¥0.10 = 1.5 fen → 2
        assertEquals(0, Fen.of(3).percent(new BigDecimal("15")).value());
        assertEquals(2, Fen.of(10).percent(new BigDecimal("15")).value());
        // 33.33% of ¥8,000 = 266,640 fen exactly
        assertEquals(266_640, Fen.yuan(8000).percent(new BigDecimal("33.33")).value());
        // 7.25% of ¥4,500.50 = 32,628.625 fen → 32,629
        assertEquals(32_629, Fen.of(450_050).percent(new BigDecimal("7.25")).value());
        // 100% is all of it
        assertEquals(1_000_000_000, Fen.MAX.percent(new BigDecimal("100")).value());
    }
}
