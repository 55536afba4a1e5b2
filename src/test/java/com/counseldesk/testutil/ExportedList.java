package com.counseldesk.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list exported to .xlsx, read back as a spreadsheet program reads it: the lines above the header
 * (the filters, the totals), the header (the row the panes are frozen under), the rows, and what each
 * cell is (text, a number, a date) and how it is shown. Checks what every exported list has: a frozen
 * header, a filter on the table, the header printed on every page.
 */
public final class ExportedList {
    private final XSSFSheet sheet;
    private final int header;
    private final List<String> headers = new ArrayList<>();

    private ExportedList(XSSFSheet sheet) {
        this.sheet = sheet;
        this.header = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
        for (Cell c : sheet.getRow(header)) {
            headers.add(c.getStringCellValue());
        }
    }

    /** Reads the workbook's one sheet, checking the frozen header, the filter and the print titles. */
    public static ExportedList read(Path file) {
        XSSFSheet sheet;
        try {
            // Read from memory: the file is not held open, and the cells stay readable.
            XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
            assertEquals(1, wb.getNumberOfSheets(), "one sheet");
            sheet = wb.getSheetAt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExportedList list = new ExportedList(sheet);
        assertTrue(list.header >= 0, "the panes are frozen under the header");
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "a filter on the table");
        CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(list.header, filter.getFirstRow(), "the filter starts at the header");
        assertEquals(list.headers.size() - 1, filter.getLastColumn(), "the filter takes every column");
        CellRangeAddress titles = sheet.getRepeatingRows();
        assertNotNull(titles, "the header is printed on every page");
        assertEquals(list.header, titles.getFirstRow());
        return list;
    }

    public String name() {
        return sheet.getSheetName();
    }

    /** The text of the first line (the filters the list was made with). */
    public String filters() {
        return sheet.getRow(0).getCell(0).getStringCellValue();
    }

    /** The line between the filters and the header (the totals), or null when there is none. */
    public Row totals() {
        return header >= 2 ? sheet.getRow(1) : null;
    }

    public List<String> headers() {
        return List.copyOf(headers);
    }

    public int rowCount() {
        return sheet.getLastRowNum() - header;
    }

    /** The cell of data row {@code row} (0: the first under the header) under {@code header}; null when blank. */
    public Cell cell(int row, String header) {
        return sheet.getRow(this.header + 1 + row).getCell(column(header));
    }

    /** The cell of the totals line under {@code header}. */
    public Cell total(String header) {
        return totals().getCell(column(header));
    }

    public int column(String header) {
        int i = headers.indexOf(header);
        assertTrue(i >= 0, "no column " + header + " in " + headers);
        return i;
    }

    /** A column's text, top to bottom ("" for a blank cell). */
    public List<String> texts(String header) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            Cell c = cell(r, header);
            out.add(c == null ? "" : c.getStringCellValue());
        }
        return out;
    }

    /** A text cell: stored as text, shown as typed (a phone's leading 0 kept). */
    public static String text(Cell c) {
        assertNotNull(c);
        assertEquals(CellType.STRING, c.getCellType(), c.getAddress() + " is text");
        return c.getStringCellValue();
    }

    /** A text that looks like a formula: stored as text, marked quote-prefixed, never run. */
    public static String quoted(Cell c) {
        String t = text(c);
        assertTrue(c.getCellStyle().getQuotePrefixed(), c.getAddress() + " is marked as text");
        return t;
    }

    /** A day or a time: a number shown in a date format. */
    public static java.time.LocalDateTime date(Cell c, String format) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress() + " is a number");
        assertTrue(DateUtil.isCellDateFormatted(c), c.getAddress() + " is shown as a date");
        assertEquals(format, c.getCellStyle().getDataFormatString());
        return c.getLocalDateTimeCellValue();
    }

    /** An amount: a number of yuan shown as ¥1,234.50. */
    public static double money(Cell c) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress() + " is a number");
        assertEquals("\"¥\"#,##0.00", c.getCellStyle().getDataFormatString());
        return c.getNumericCellValue();
    }

    /** A whole number, not a date. */
    public static long number(Cell c) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress() + " is a number");
        assertFalse(DateUtil.isCellDateFormatted(c), c.getAddress() + " is not a date");
        return (long) c.getNumericCellValue();
    }
}
