package com.counseldesk.report;

import com.counseldesk.common.Progress;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.i18n.I18n;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly workbook (月度报表): summary, by channel, by counselor, by client type and intent, one
 * work-summary draft per counselor, the detail rows of the month, and the definitions. The one entry
 * point for the app's export and the {@code report} command.
 *
 * <p>All of it is read in one transaction, so every sheet shows the same moment. The file reaches
 * {@code out} as every export does ({@link WorkbookFile}), and the streaming workbook's temporary
 * files are removed whatever happens: a cancelled or failed export leaves nothing behind.
 */
public final class MonthlyReport {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReport.class);

    private MonthlyReport() {
    }

    /** Writes the workbook of {@code month} to {@code out} in Chinese. */
    public static void write(Database db, YearMonth month, Path out, Progress progress) {
        write(db, new Month(month), out, progress, new I18n(I18n.CHINESE));
    }

    /** Writes the workbook of {@code month} to {@code out} in the language of {@code i18n}. */
    public static void write(Database db, Month month, Path out, Progress progress, I18n i18n) {
        WorkbookFile.write(out, part -> db.read(h -> h.inTransaction(tx -> {
            writeTo(tx, month, part, progress, i18n);
            return null;
        })), progress);
        LOG.info("Monthly report {} written", month);
    }

    private static void writeTo(Handle h, Month month, Path file, Progress progress, I18n i18n) throws IOException {
        progress.update(0, 0);
        MonthReport report = MonthReport.read(h, month);
        long details = DetailSheets.rows(h, month);
        // Each figure sheet counts as a few hundred rows of progress.
        long steps = 400L * (4 + report.counselors().size());
        long total = steps + details;
        progress.checkCancelled();
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base);
        Cells cells = new Cells(styles);
        FigureSheets figures = new FigureSheets(base, cells, i18n, report);
        figures.summary();
        figures.byChannel();
        figures.byCounselor();
        figures.typeAndIntent();
        progress.update(1_600, total);
        SXSSFWorkbook wb = new StreamingBook(base, WorkbookFile.WINDOW);
        try {
            // Streamed like the detail sheets: a counselor of a large office has thousands of open follow-ups.
            CounselorSheets counselors = new CounselorSheets(wb, cells, i18n, report);
            long done = 1_600;
            for (MonthReport.StaffMember s : report.counselors()) {
                progress.checkCancelled();
                counselors.write(h, s);
                done += 400;
                progress.update(done, total);
            }
            DetailSheets sheets = new DetailSheets(wb, cells, i18n, progress, done, total);
            for (Detail d : Detail.values()) {
                progress.checkCancelled();
                sheets.write(h, month, d);
            }
            definitions(wb, cells, i18n);
            wb.setActiveSheet(0);
            progress.checkCancelled();
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            progress.update(total, total);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** 说明: one line per figure saying how it is counted, and what the detail sheets hold. */
    private static void definitions(SXSSFWorkbook wb, Cells cells, I18n i18n) {
        Sheet sheet = wb.createSheet(SheetCraft.sheetName(i18n.t("report.sheet.definitions")));
        Row header = sheet.createRow(0);
        cells.header(header, 0, i18n.t("report.col.figure"));
        cells.header(header, 1, i18n.t("report.col.definition"));
        int row = 1;
        for (Figure f : Figure.values()) {
            Row line = sheet.createRow(row++);
            cells.bold(line, 0, i18n.label(f));
            cells.text(line, 1, i18n.t("figure." + f.name() + ".def"));
        }
        for (String note : new String[] {"report.def.month", "report.def.details", "report.def.money"}) {
            cells.text(sheet.createRow(row++), 1, i18n.t(note));
        }
        SheetCraft.widths(sheet, 24, 120);
        SheetCraft.table(sheet, 0, 1, row - 1);
    }
}
