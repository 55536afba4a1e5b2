package com.counseldesk.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** What every table sheet gets: column widths, a frozen header row, a filter, print titles, landscape pages. */
final class SheetCraft {
    private SheetCraft() {
    }

    /** Widths in characters (a CJK character counts as two). */
    static void widths(Sheet sheet, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i] + 2) * 256);
        }
    }

    /**
     * Freezes the rows down to {@code headerRow}, puts a filter on the table from there to {@code lastRow}
     * (at least the header), prints the header on every page, the pages landscape and one page wide.
     */
    static void table(Sheet sheet, int headerRow, int lastColumn, int lastRow) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** A sheet name Excel takes: no {@code []:*?/\}, at most 31 characters, unique (the caller checks). */
    static String sheetName(String wanted) {
        String s = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").replace('\'', '_');
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
