package com.counseldesk.report;

import com.counseldesk.common.Fen;
import com.counseldesk.common.ListSheet;
import com.counseldesk.common.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list of the app as a workbook of one sheet ({@link ListSheet}): the filters it was made with on
 * the first line, the totals (if the list has them) under it, then the header, frozen, filtered and
 * printed on every page, and the rows, each value as what it is — text never run as a formula, whole
 * numbers, yuan with the ¥ format, real days and times — with the monthly workbook's styles and sheet
 * craft. The rows stream into the file as they are read; the file reaches its place whole or not at
 * all ({@link WorkbookFile}).
 */
public final class ListWorkbook {
    /** How often (in rows) the progress is told and a cancel looked for. */
    private static final int REPORT_EVERY = 200;

    private ListWorkbook() {
    }

    /** Writes {@code sheet} to {@code out}; returns where it is. A {@link ListSheet.Writer}. */
    public static Path write(ListSheet sheet, Path out, Progress progress) {
        return WorkbookFile.write(out, part -> writeTo(sheet, part, progress), progress);
    }

    private static void writeTo(ListSheet list, Path file, Progress progress) throws IOException {
        progress.update(0, 0);
        SXSSFWorkbook wb = new StreamingBook(new XSSFWorkbook(), WorkbookFile.WINDOW);
        try {
            Cells cells = new Cells(new Styles(wb));
            Sheet sheet = wb.createSheet(SheetCraft.sheetName(list.name()));
            Lines lines = new Lines(sheet, cells, list.columns(), progress);
            if (list.filters() != null && !list.filters().isBlank()) {
                cells.bold(sheet.createRow(lines.next++), 0, list.filters());
            }
            list.rows().into(lines);
            lines.end();
            progress.checkCancelled();
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            progress.update(lines.done, lines.done);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The sheet's lines as the list hands them over: the totals, then the header (at the first row), the rows. */
    private static final class Lines implements ListSheet.Out {
        private final Sheet sheet;
        private final Cells cells;
        private final List<ListSheet.Column> columns;
        private final Progress progress;
        private int next;
        private int header = -1;
        private long expected;
        private long done;

        Lines(Sheet sheet, Cells cells, List<ListSheet.Column> columns, Progress progress) {
            this.sheet = sheet;
            this.cells = cells;
            this.columns = columns;
            this.progress = progress;
        }

        @Override
        public void expect(long rows) {
            expected = rows;
            progress.update(0, rows);
        }

        @Override
        public void totals(Object... values) {
            if (header >= 0) {
                throw new IllegalStateException("The totals go above the header, before the rows");
            }
            check(values, false);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String text) {
                    cells.bold(row, i, text);
                } else {
                    cell(row, i, values[i]);
                }
            }
        }

        @Override
        public void row(Object... values) {
            header();
            check(values, true);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                cell(row, i, values[i]);
            }
            if (++done % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.update(done, Math.max(done, expected));
            }
        }

        /** The header, once: at the first row, or at the end of a list with none. */
        private void header() {
            if (header >= 0) {
                return;
            }
            header = next++;
            Row row = sheet.createRow(header);
            int[] widths = new int[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                cells.header(row, i, columns.get(i).header());
                widths[i] = columns.get(i).width();
            }
            SheetCraft.widths(sheet, widths);
        }

        void end() {
            header();
            SheetCraft.table(sheet, header, columns.size() - 1, next - 1);
        }

        /** A row has a value for each column, each of the column's type (the totals' text is a label). */
        private void check(Object[] values, boolean typed) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                if (typed && !columns.get(i).type().takes(values[i])) {
                    throw new IllegalArgumentException("Column " + columns.get(i).header() + " ("
                            + columns.get(i).type() + ") cannot take " + values[i].getClass().getSimpleName());
                }
            }
        }

        private void cell(Row row, int col, Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof String text) {
                cells.text(row, col, text);
            } else if (value instanceof Fen fen) {
                cells.money(row, col, fen.value());
            } else if (value instanceof LocalDateTime at) {
                cells.dateTime(row, col, at);
            } else if (value instanceof LocalDate day) {
                cells.date(row, col, day);
            } else if (value instanceof Number n) {
                cells.count(row, col, n.longValue());
            } else {
                throw new IllegalArgumentException("Not a cell value: " + value.getClass().getName());
            }
        }
    }
}
