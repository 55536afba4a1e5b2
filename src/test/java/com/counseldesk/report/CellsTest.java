package com.counseldesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** Stored days and moments as Excel's serial numbers, read digit by digit. */
class CellsTest {
    @Test
    void storedMomentsAreExcelsSerialNumbers() {
        assertEquals(46_298.0, Cells.excelSerial("2026-10-03"), "Excel shows 46298 as 2026-10-03");
        assertEquals(46_298.4375, Cells.excelSerial("2026-10-03T10:30"), 1e-12);
        assertEquals(46_298.4375, Cells.excelSerial("2026-10-03T10:30:00"), 1e-12);
        assertEquals(46_298.4375, Cells.excelSerial("2026-10-03 10:30:00"), 1e-12);
        assertEquals(46_298 + (23 * 3600 + 59 * 60 + 59) / 86_400.0, Cells.excelSerial("2026-10-03T23:59:59.999"), 1e-12);
        assertEquals(25_569.0, Cells.excelSerial("1970-01-01"));
    }

    @Test
    void theyAgreeWithPoisOwnCountOverYears() {
        LocalDateTime at = LocalDateTime.of(2019, 12, 31, 0, 0, 0);
        for (int i = 0; i < 3_000; i++, at = at.plusDays(1).plusMinutes(37).plusSeconds(11)) {
            String stored = at.toString().length() == 16 ? at + ":00" : at.toString();
            assertEquals(DateUtil.getExcelDate(at, false), Cells.excelSerial(stored), 1e-9, stored);
        }
    }
}
