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

    /** A figure's value as its kind is shown. */
    void measure(Row row, int col, Figure figure, Measure m) {
        switch (figure.kind()) {
            case COUNT -> count(row, col, m.value());
            case MONEY -> money(row, col, m.value());
            case RATE -> percent(row, col, m.ratio());
        }
    }
}
