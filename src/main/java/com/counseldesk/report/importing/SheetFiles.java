package com.counseldesk.report.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a sheet of an .xlsx (streamed: a sheet of 100,000 rows is never held as POI objects) or an
 * .xls (HSSF) as text. A cell formatted as a date becomes {@code 2025-03-05} (with the time when it
 * has one), a number its plain digits (13812345678, not 1.38E10); everything else its text.
 */
public final class SheetFiles {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private SheetFiles() {
    }

    /** A file that cannot be read as a workbook; the message says why, for the person. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The names of the workbook's sheets, in order. */
    public static List<String> sheetNames(Path file) {
        List<String> names = new ArrayList<>();
        read(file, i -> {
            return false;
        }, (name, rows) -> names.add(name));
        return names;
    }

    /** The sheet at {@code index} (0 for the first). */
    public static Sheet read(Path file, int index) {
        List<Sheet> found = new ArrayList<>();
        read(file, i -> i == index, (name, rows) -> {
            if (rows != null) {
                found.add(new Sheet(name, rows));
            }
        });
        if (found.isEmpty()) {
            throw new Unreadable(file.getFileName() + " has no sheet " + (index + 1), null);
        }
        return found.get(0);
    }

    private interface SheetSink {
        void sheet(String name, List<SheetRow> rowsOrNull);
    }

    private static void read(Path file, IntPredicate wanted, SheetSink sink) {
        if (!Files.isRegularFile(file)) {
            throw new Unreadable("No file at " + file, null);
        }
        try {
            if (isOle2(file)) {
                readXls(file, wanted, sink);
            } else {
                readXlsx(file, wanted, sink);
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            String why = e instanceof EncryptedDocumentException ? "it is protected by a password"
                    : "it is not an Excel workbook (.xlsx or .xls)";
            throw new Unreadable(file.getFileName() + " cannot be read: " + why, e);
        }
    }

    /** An .xls (and any OLE2 file) starts with D0 CF 11 E0. */
    private static boolean isOle2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
                    && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
        }
    }

    private static void readXlsx(Path file, IntPredicate wanted, SheetSink sink)
            throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnce(new ReadOnlySharedStringsTable(pkg));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (!wanted.test(index++)) {
                        sink.sheet(name, null);
                        continue;
                    }
                    Collector rows = new Collector();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetXml(reader.getStylesTable(), strings, new PlainFormatter(), rows));
                    parser.parse(new InputSource(in));
                    sink.sheet(name, rows.rows);
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static void readXls(Path file, IntPredicate wanted, SheetSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook book = new HSSFWorkbook(in)) {
            PlainFormatter formatter = new PlainFormatter();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(s);
                if (!wanted.test(s)) {
                    sink.sheet(sheet.getSheetName(), null);
                    continue;
                }
                List<SheetRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text(cell, formatter));
                    }
                    SheetRow r = new SheetRow(row.getRowNum() + 1, cells);
                    if (!r.isBlank()) {
                        rows.add(r);
                    }
                }
                sink.sheet(sheet.getSheetName(), rows);
            }
        }
    }

    private static String text(Cell cell, PlainFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString(), false);
            case STRING -> cell.getRichStringCellValue().getString().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Dates as ISO text, numbers as their plain digits, whatever the cell's display format. */
    static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904, true);
                return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.format(DAY) : at.format(MINUTE);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** The rows of a streamed sheet, each cell at its column. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells;
        private int next;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            SheetRow r = new SheetRow(rowNum + 1, cells);
            if (!r.isBlank()) {
                rows.add(r);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = ref == null ? next : column(ref);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
            next = column + 1;
        }

        /** The column of a cell reference (C of C12): its letters alone, without parsing the whole reference. */
        private static int column(String ref) {
            int letters = 0;
            while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
                letters++;
            }
            return CellReference.convertColStringToIndex(ref.substring(0, letters));
        }
    }

    /**
     * The workbook's shared strings, each made once: POI builds a rich text object for every look-up,
     * and a register's cells repeat the same names, grades and words thousands of times.
     */
    private static final class ReadOnce implements SharedStrings {
        private final SharedStrings all;
        private final Map<Integer, RichTextString> read = new HashMap<>();

        ReadOnce(SharedStrings all) {
            this.all = all;
        }

        @Override
        public RichTextString getItemAt(int index) {
            return read.computeIfAbsent(index, all::getItemAt);
        }

        @Override
        public int getCount() {
            return all.getCount();
        }

        @Override
        public int getUniqueCount() {
            return all.getUniqueCount();
        }
    }
}
