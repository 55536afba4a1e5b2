package com.counseldesk.report.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Grade;
import com.counseldesk.testutil.SqliteOnly;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

@SqliteOnly
class CellWordsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025/3/5|2025-03-05T00:00", "2025-03-05|2025-03-05T00:00", "2025年3月5日|2025-03-05T00:00",
        "2025.3.5|2025-03-05T00:00", "20250305|2025-03-05T00:00", "45721|2025-03-05T00:00",
        "2025/3/5 14:30|2025-03-05T14:30", "2025-03-05 09:05|2025-03-05T09:05", "2025年3月5日（周三）|2025-03-05T00:00",
        "3.5|2024-03-05T00:00", "3月5日|2024-03-05T00:00", "3/5|2024-03-05T00:00", "12.31|2024-12-31T00:00"})
    void datesInEverySpelling(String text, String expected) {
        assertEquals(Optional.of(LocalDateTime.parse(expected)), CellWords.date(text, 2024, TODAY));
    }

    @Test
    void aDateWithoutItsYearIsNeverInTheFuture() {
        assertEquals(Optional.of(LocalDateTime.of(2024, 12, 1, 0, 0)), CellWords.date("12.1", 2025, TODAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"明天", "2025/13/1", "2025/2/30", "13812345678", "12345", "3.45"})
    void whatIsNoDate(String text) {
        assertEquals(Optional.empty(), CellWords.date(text, 2024, TODAY));
    }

    @Test
    void twoNumbersInACellAreTwoNumbers() {
        for (String cell : List.of("13812345678、13900001111", "13812345678/13900001111", "13812345678，13900001111",
                "13812345678 13900001111", "13812345678\n13900001111", "妈妈13812345678 爸爸13900001111",
                "13812345678或13900001111", "13812345678（妈妈）; 13900001111（爸爸）")) {
            CellWords.Phones p = CellWords.phones(cell);
            assertEquals(List.of(Phone.parse("13812345678"), Phone.parse("13900001111")), p.numbers(), cell);
            assertEquals(List.of(), p.unreadable(), cell);
        }
    }

    @Test
    void landlinesAndSpacedNumbersAreOneNumber() {
        assertEquals(List.of(Phone.parse("010-62345678")), CellWords.phones("010-62345678").numbers());
        assertEquals(List.of(Phone.parse("0755 12345678")), CellWords.phones("0755 12345678").numbers());
        assertEquals(List.of(Phone.parse("13812345678")), CellWords.phones("138 1234 5678").numbers());
        assertEquals(List.of(Phone.parse("13812345678")), CellWords.phones("13812345678、138-1234-5678").numbers(),
                "the same number twice is one");
    }

    @Test
    void whatIsNoNumberIsSaid() {
        CellWords.Phones p = CellWords.phones("13812345678、12345");
        assertEquals(List.of("12345"), p.unreadable());
        assertTrue(CellWords.phones("").numbers().isEmpty());
    }

    @Test
    void elevenDigitsReadAsAParsedNumberWouldBe() {
        // The short way for a mobile's digits gives what parsing them gives, valid or not.
        for (int prefix = 100; prefix <= 199; prefix++) {
            for (String rest : List.of("12345678", "00000000", "99999999", "62345678")) {
                String cell = prefix + rest;
                List<Phone> parsed = Phone.isComplete(cell) ? List.of(Phone.parse(cell)) : List.of();
                assertEquals(parsed, CellWords.phones(cell).numbers(), cell);
                assertEquals(parsed.isEmpty() ? List.of(cell) : List.of(), CellWords.phones(cell).unreadable(), cell);
            }
        }
    }

    @Test
    void gradesAndChannels() {
        assertEquals(Grade.J2, CellWords.grade("初二"));
        assertEquals(Grade.J2, CellWords.grade("八年级"));
        assertEquals(Grade.P3, CellWords.grade("小学三年级"));
        assertEquals(Grade.S1, CellWords.grade("高中一年级".replace("中一年级", "一")));
        assertEquals(Grade.KINDERGARTEN, CellWords.grade("大班"));
        assertEquals(Grade.UNKNOWN, CellWords.grade("不清楚"));
        assertEquals(Channel.REFERRAL, CellWords.channel("老带新", Channel.DIRECT));
        assertEquals(Channel.MARKETING, CellWords.channel("地推传单", Channel.DIRECT));
        assertEquals(Channel.INBOUND_CALL, CellWords.channel("", Channel.INBOUND_CALL));
    }

    @Test
    void aTotalLineIsKnown() {
        assertTrue(CellWords.isTotalLine(new SheetRow(40, List.of("", "合计", "", "38人"))));
        assertTrue(CellWords.isTotalLine(new SheetRow(40, List.of("总计：38"))));
        assertEquals(false, CellWords.isTotalLine(new SheetRow(40, List.of("2025/3/5", "合计辅导"))));
    }
}
