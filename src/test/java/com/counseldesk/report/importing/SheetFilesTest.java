package com.counseldesk.report.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.counseldesk.testutil.SqliteOnly;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** An .xlsx reads as POI's own sheet handler would read it, its strings shared or inline. */
@SqliteOnly
class SheetFilesTest {
    @TempDir
    Path dir;

    @Test
    void sharedStringsReadAsPoiReadsThem() throws Exception {
        Path file = dir.resolve("shared.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            fill(book, true);
            write(book, file);
        }

        assertEquals(poi(file), SheetFiles.read(file, 0).rows());
    }

    @Test
    void inlineStringsReadAsPoiReadsThem() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            fill(book, false);
            write(book, file);
        } finally {
            book.dispose();
            book.close();
        }

        List<SheetRow> rows = SheetFiles.read(file, 0).rows();

        assertEquals(poi(file), rows);
        assertEquals(List.of("13812345678", "2025-03-05", "2025-03-05 14:30", "TRUE", "  空格  ".strip(), "",
                "a\rb"), rows.get(0).cells().subList(0, 7));
    }

    /** Every kind of cell a register has: numbers, dates, booleans, formulas and their errors, gaps, rich text. */
    private static void fill(Workbook book, boolean richText) {
        Sheet sheet = book.createSheet("三月");
        CellStyle day = book.createCellStyle();
        day.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
        CellStyle minute = book.createCellStyle();
        minute.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Row r = sheet.createRow(0);
        r.createCell(0).setCellValue(13812345678d);
        r.createCell(1).setCellValue(LocalDateTime.of(2025, 3, 5, 0, 0));
        r.getCell(1).setCellStyle(day);
        r.createCell(2).setCellValue(LocalDateTime.of(2025, 3, 5, 14, 30));
        r.getCell(2).setCellStyle(minute);
        r.createCell(3).setCellValue(true);
        r.createCell(4).setCellValue("  空格  ");
        r.createCell(6).setCellValue("a_x000D_b");
        r.createCell(8).setCellValue(3.5);
        r.createCell(9).setCellFormula("1+2");
        r.createCell(10).setCellFormula("\"热\"&\"线\"");
        r.createCell(11).setCellFormula("1/0");
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Row gaps = sheet.createRow(3);
        gaps.createCell(2).setCellValue("张小明");
        gaps.createCell(5).setCellValue(45721);
        gaps.getCell(5).setCellStyle(day);
        if (richText) {
            XSSFRichTextString rich = new XSSFRichTextString("王女士 13900001111");
            Font bold = book.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            sheet.createRow(4).createCell(0).setCellValue(rich);
        }
    }

    private static void write(Workbook book, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    /** The first sheet through POI's XSSFSheetXMLHandler, each cell at its column, blank rows left out. */
    private static List<SheetRow> poi(Path file) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream in = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), new XSSFSheetXMLHandler.SheetContentsHandler() {
                            private List<String> cells;

                            @Override
                            public void startRow(int rowNum) {
                                cells = new ArrayList<>();
                            }

                            @Override
                            public void endRow(int rowNum) {
                                SheetRow row = new SheetRow(rowNum + 1, cells);
                                if (!row.isBlank()) {
                                    rows.add(row);
                                }
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                int column = new CellReference(ref).getCol();
                                while (cells.size() < column) {
                                    cells.add("");
                                }
                                cells.add(value == null ? "" : value.strip());
                            }
                        }, new SheetFiles.PlainFormatter(), false));
                parser.parse(new InputSource(in));
            }
        }
        return rows;
    }
}
