package com.counseldesk.report.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds registers as offices keep them: title rows over merged cells, a header that is not the first
 * row, dates in every spelling (an Excel date cell among them), numbers as numbers, two numbers in a
 * cell, a 合计 line at the end. A value given as a {@link LocalDate} becomes a date-formatted cell, a
 * {@link Long} a number cell.
 */
public final class MessySheets {
    private final List<String> titles = new ArrayList<>();
    private List<String> header = List.of();
    private final List<List<Object>> rows = new ArrayList<>();
    private String sheetName = "三月";

    public static MessySheets register() {
        return new MessySheets();
    }

    public MessySheets title(String text) {
        titles.add(text);
        return this;
    }

    public MessySheets header(String... cells) {
        header = List.of(cells);
        return this;
    }

    public MessySheets row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public MessySheets sheet(String name) {
        sheetName = name;
        return this;
    }

    public Path writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            fill(book);
            return write(book, file);
        }
    }

    public Path writeXls(Path file) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            fill(book);
            return write(book, file);
        }
    }

    /** A large sheet, streamed out (the benchmarks' thousands of rows). */
    public Path writeLargeXlsx(Path file) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(500);
        try {
            fill(book);
            return write(book, file);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private void fill(Workbook book) {
        book.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为旧登记表");
        Sheet sheet = book.createSheet(sheetName);
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
        int r = 0;
        int width = Math.max(header.size(), 2);
        for (String title : titles) {
            sheet.createRow(r).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            r++;
        }
        Row h = sheet.createRow(r++);
        for (int c = 0; c < header.size(); c++) {
            h.createCell(c).setCellValue(header.get(c));
        }
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    private static Path write(Workbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }
}
