package com.counseldesk.report;

import com.counseldesk.common.Progress;
import com.counseldesk.common.i18n.I18n;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jdbi.v3.core.Handle;

/**
 * Streams the month's detail rows into their sheets, straight from the result set (no list of rows
 * in memory: a streaming workbook keeps only a window of rows), reporting each few hundred rows and
 * stopping when cancelled.
 */
final class DetailSheets {
    private static final int REPORT_EVERY = 500;
    private final Workbook wb;
    private final Cells cells;
    private final I18n i18n;
    private final Progress progress;
    private final long total;
    private long done;
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();
    private final String yes;
    private final String no;

    DetailSheets(Workbook wb, Cells cells, I18n i18n, Progress progress, long done, long total) {
        this.wb = wb;
        this.cells = cells;
        this.i18n = i18n;
        this.progress = progress;
        this.done = done;
        this.total = total;
        this.yes = i18n.t("report.yes");
        this.no = i18n.t("report.no");
    }

    /** How many detail rows the month has, over all sheets. */
    static long rows(Handle h, Month month) {
        long n = 0;
        for (Detail d : Detail.values()) {
            n += h.createQuery(d.countSql()).bind("from", month.from()).bind("to", month.to()).mapTo(Long.class).one();
        }
        return n;
    }

    long done() {
        return done;
    }

    /** Writes one detail sheet; returns how many rows it has. */
    long write(Handle h, Month month, Detail detail) {
        Sheet sheet = wb.createSheet(SheetCraft.sheetName(i18n.t(detail.sheet)));
        Row header = sheet.createRow(0);
        int[] widths = new int[detail.columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Column c = detail.columns.get(i);
            cells.header(header, i, i18n.t(c.header()));
            widths[i] = c.width();
        }
        SheetCraft.widths(sheet, widths);
        long[] rows = {0};
        h.createQuery(detail.sql()).bind("from", month.from()).bind("to", month.to()).setFetchSize(1_000)
                .scanResultSet((supplier, ctx) -> {
                    ResultSet rs = supplier.get();
                    while (rs.next()) {
                        Row row = sheet.createRow((int) ++rows[0]);
                        for (int i = 0; i < widths.length; i++) {
                            cell(row, i, detail.columns.get(i), rs, i + 1);
                        }
                        if (++done % REPORT_EVERY == 0) {
                            progress.checkCancelled();
                            progress.update(done, total);
                        }
                    }
                    return null;
                });
        SheetCraft.table(sheet, 0, widths.length - 1, (int) rows[0]);
        progress.update(done, total);
        return rows[0];
    }

    private void cell(Row row, int col, Column c, ResultSet rs, int index) throws SQLException {
        switch (c.type()) {
            case ID, COUNT -> {
                long v = rs.getLong(index);
                if (!rs.wasNull()) {
                    cells.count(row, col, v);
                }
            }
            case MONEY -> {
                long v = rs.getLong(index);
                if (!rs.wasNull()) {
                    cells.money(row, col, v);
                }
            }
            case MINUTES -> cells.decimal(row, col, rs.getLong(index) / 60.0);
            case FLAG -> cells.text(row, col, rs.getInt(index) == 1 ? yes : no);
            case TEXT -> cells.text(row, col, rs.getString(index));
            case LABEL -> cells.text(row, col, label(c.label(), rs.getString(index)));
            case LABELS -> {
                String names = rs.getString(index);
                cells.text(row, col, names == null || names.isBlank() ? null
                        : i18n.list(Arrays.stream(names.split(",")).map(n -> label(c.label(), n.trim()))));
            }
            case DATE -> cells.stored(row, col, rs.getString(index), false);
            case DATE_TIME -> cells.stored(row, col, rs.getString(index), true);
        }
    }

    /** A stored enum name's label; a name this version does not know is shown as stored. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String label(Class<? extends Enum<?>> type, String name) {
        if (name == null) {
            return null;
        }
        return labels.computeIfAbsent(type.getSimpleName() + "." + name, k -> {
            try {
                return i18n.label(Enum.valueOf((Class) type, name));
            } catch (IllegalArgumentException e) {
                return name;
            }
        });
    }
}
