package com.counseldesk.report.importing;

import com.counseldesk.common.Progress;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.report.SafeCells;
import com.counseldesk.report.WorkbookFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rows an import could not read, in a workbook of their own: the sheet's header row with a reason
 * column in front, then each row as it was with its reason, so that the office can correct the rows
 * and import that workbook again.
 */
public final class RejectedRows {
    private RejectedRows() {
    }

    /** Writes the rejected rows to {@code out}, whole or not at all ({@link WorkbookFile}). */
    public static void write(Path out, Sheet sheet, Mapping mapping, List<ImportRow.Rejected> rows, I18n i18n)
            throws IOException {
        try {
            WorkbookFile.write(out, part -> writeTo(part, sheet, mapping, rows, i18n), Progress.NONE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeTo(Path out, Sheet sheet, Mapping mapping, List<ImportRow.Rejected> rows, I18n i18n)
            throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WorkbookFile.WINDOW);
        try {
            SafeCells cells = new SafeCells(book);
            SXSSFSheet s = book.createSheet(i18n.t("import.rejected.sheet"));
            Row header = s.createRow(0);
            cells.text(header, 0, i18n.t("import.rejected.reason"));
            cells.text(header, 1, i18n.t("import.rejected.row"));
            List<String> headers = sheet.rows().stream().filter(r -> r.number() == mapping.headerRow()).findFirst()
                    .map(SheetRow::cells).orElse(List.of());
            for (int c = 0; c < headers.size(); c++) {
                cells.text(header, c + 2, headers.get(c));
            }
            int r = 1;
            for (ImportRow.Rejected rejected : rows) {
                Row row = s.createRow(r++);
                cells.text(row, 0, i18n.t(rejected.reason()));
                row.createCell(1).setCellValue(rejected.source().number());
                List<String> values = rejected.source().cells();
                for (int c = 0; c < values.size(); c++) {
                    cells.text(row, c + 2, values.get(c));
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        } finally {
            book.dispose();
            book.close();
        }
    }
}
