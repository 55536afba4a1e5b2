package com.counseldesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes one value into a cell as what it is: text (made safe), a number, yuan, a share, a day or a time.
 * Days and times are written as the spreadsheet's day numbers (the workbook uses the 1900 date system):
 * POI's own date setters ask the workbook's XML which system it uses for every cell, which took most
 * of the time of a large export.
 */
final class Cells {
    private final Styles styles;

    Cells(Styles styles) {
        this.styles = styles;
    }

    Styles styles() {
        return styles;
    }

    /** Text; empty or null leaves the cell blank. Text that looks like a formula stays text ({@link SafeText}). */
    void text(Row row, int col, String value) {
        String clean = SafeText.clean(value);
        if (clean == null || clean.isEmpty()) {
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(clean);
        c.setCellStyle(SafeText.looksLikeFormula(clean) ? styles.quoted : styles.text);
    }

    void header(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellValue(SafeText.clean(value));
        c.setCellStyle(styles.header);
    }

    void bold(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellValue(SafeText.clean(value));
        c.setCellStyle(SafeText.looksLikeFormula(value) ? styles.quoted : styles.boldText);
    }

    void count(Row row, int col, long value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(styles.count);
    }

    void decimal(Row row, int col, double value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(styles.decimal);
    }

    /** An amount in fen, shown in yuan: ¥1,234.50. */
    void money(Row row, int col, long fen) {
        Cell c = row.createCell(col);
        c.setCellValue(fen / 100.0);
        c.setCellStyle(styles.money);
    }

    /** A share (0.25 shown as 25.0%); null (no base) leaves "—". */
    void percent(Row row, int col, Double share) {
        Cell c = row.createCell(col);
        if (share == null) {
            c.setCellValue("—");
            c.setCellStyle(styles.text);
            return;
        }
        c.setCellValue(share);
        c.setCellStyle(styles.percent);
    }

    void date(Row row, int col, LocalDate day) {
        if (day == null) {
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(DateUtil.getExcelDate(day.atStartOfDay(), false));
        c.setCellStyle(styles.date);
    }

    void dateTime(Row row, int col, LocalDateTime at) {
        if (at == null) {
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(DateUtil.getExcelDate(at, false));
        c.setCellStyle(styles.dateTime);
    }

    /** A day or moment as stored ({@code 2026-10-03} or {@code 2026-10-03T10:00[:00]}); null or empty leaves the cell blank. */
    void stored(Row row, int col, String value, boolean withTime) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell c = row.createCell(col);
        double serial = excelSerial(value);
        c.setCellValue(withTime ? serial : Math.floor(serial));
        c.setCellStyle(withTime ? styles.dateTime : styles.date);
    }

    /**
     * Excel's serial number of a stored day or moment: days since 1899-12-30 (for any day after
     * February 1900, as Excel counts), the time of day as the fraction. Read digit by digit: the
     * export turns a hundred thousand of these, and a formatter's parse was a tenth of its time.
     * Anything else the stores might give is parsed as ISO.
     */
    static double excelSerial(String v) {
        int n = v.length();
        if ((n == 10 || n >= 16) && digits(v, 0, 4) && v.charAt(4) == '-' && digits(v, 5, 7) && v.charAt(7) == '-'
                && digits(v, 8, 10) && (n == 10 || (v.charAt(10) == 'T' || v.charAt(10) == ' ') && digits(v, 11, 13)
                        && v.charAt(13) == ':' && digits(v, 14, 16) && (n == 16 || n >= 19 && v.charAt(16) == ':'
                                && digits(v, 17, 19)))) {
            long day = LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10)).toEpochDay();
            int seconds = n == 10 ? 0 : number(v, 11, 13) * 3600 + number(v, 14, 16) * 60 + (n >= 19 ? number(v, 17, 19) : 0);
            return day + EXCEL_1970 + seconds / 86_400.0;
        }
        return DateUtil.getExcelDate(n == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v.replace(' ', 'T')),
                false);
    }

    /** Excel's serial number of 1970-01-01. */
    private static final int EXCEL_1970 = 25_569;

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** A figure's value as its kind is shown. */
    void measure(Row row, int col, Figure figure, Measure m) {
        switch (figure.kind()) {
            case COUNT -> count(row, col, m.value());
            case MONEY -> money(row, col, m.value());
            case RATE -> percent(row, col, m.ratio());
        }
    }
}
