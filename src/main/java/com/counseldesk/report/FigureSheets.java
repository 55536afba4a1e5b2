package com.counseldesk.report;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Intent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheets of figures: the summary (the month beside the one before, with its charts), by channel,
 * by counselor, and by client type and intent level. Small sheets, written before the detail sheets
 * stream, so that they can hold charts.
 */
final class FigureSheets {
    private final XSSFWorkbook wb;
    private final Cells cells;
    private final I18n i18n;
    private final MonthReport r;

    FigureSheets(XSSFWorkbook wb, Cells cells, I18n i18n, MonthReport report) {
        this.wb = wb;
        this.cells = cells;
        this.i18n = i18n;
        this.r = report;
    }

    void summary() {
        XSSFSheet sheet = wb.createSheet(SheetCraft.sheetName(i18n.t("report.sheet.summary")));
        cells.text(sheet.createRow(0), 0, i18n.t("report.title", r.month().toString()));
        sheet.getRow(0).getCell(0).setCellStyle(cells.styles().title);
        Row header = sheet.createRow(2);
        String[] heads = {i18n.t("report.col.figure"), i18n.t("report.col.thisMonth", r.month().toString()),
            i18n.t("report.col.lastMonth", r.month().previous().toString()), i18n.t("report.col.change"),
            i18n.t("report.col.part"), i18n.t("report.col.base")};
        for (int i = 0; i < heads.length; i++) {
            cells.header(header, i, heads[i]);
        }
        int row = 3;
        for (Figure f : Figure.values()) {
            Row line = sheet.createRow(row++);
            Measure now = r.office().get(f);
            Measure before = r.previous().get(f);
            cells.bold(line, 0, i18n.label(f));
            cells.measure(line, 1, f, now);
            cells.measure(line, 2, f, before);
            if (f.kind() == Figure.Kind.RATE) {
                cells.percent(line, 3, now.ratio() == null || before.ratio() == null ? null
                        : now.ratio() - before.ratio());
                cells.count(line, 4, now.value());
                cells.count(line, 5, now.base());
            } else if (f.kind() == Figure.Kind.MONEY) {
                cells.money(line, 3, now.value() - before.value());
            } else {
                cells.count(line, 3, now.value() - before.value());
            }
        }
        int tableEnd = row - 1;
        SheetCraft.widths(sheet, 24, 14, 14, 12, 9, 9);
        SheetCraft.table(sheet, 2, heads.length - 1, tableEnd);

        // The charts' data: visits by channel, the funnel of households, the client-type mix.
        row += 1;
        int channelsFrom = blockHeader(sheet, row, "report.block.visitsByChannel", "report.col.channel", "report.col.visits");
        Map<Channel, Measure> visits = r.byChannel().getOrDefault(Figure.VISITS, Map.of());
        row = channelsFrom;
        for (Channel c : Channel.values()) {
            Row line = sheet.createRow(row++);
            cells.text(line, 0, i18n.label(c));
            cells.count(line, 1, visits.getOrDefault(c, Measure.NONE).value());
        }
        int channelsTo = row - 1;
        row += 1;
        int funnelFrom = blockHeader(sheet, row, "report.block.funnel", "report.col.stage", "report.col.households");
        long[] funnel = {r.office().get(Figure.CALL_TO_VISIT).base(), r.office().get(Figure.VISIT_TO_CONTRACT).base(),
            r.office().get(Figure.VISIT_TO_CONTRACT).value()};
        String[] stages = {"report.funnel.called", "report.funnel.visited", "report.funnel.signed"};
        row = funnelFrom;
        for (int i = 0; i < funnel.length; i++) {
            Row line = sheet.createRow(row++);
            cells.text(line, 0, i18n.t(stages[i]));
            cells.count(line, 1, funnel[i]);
        }
        int funnelTo = row - 1;
        row += 1;
        int typesFrom = blockHeader(sheet, row, "report.block.clientTypes", "report.col.clientType", "report.col.visitedHouseholds");
        Map<Long, Measure> types = r.byClientTag().getOrDefault(Figure.VISIT_TO_CONTRACT, Map.of());
        row = typesFrom;
        for (MonthReport.TagName t : r.tags()) {
            Measure m = types.get(t.id());
            if (t.active() || m != null) {
                Row line = sheet.createRow(row++);
                cells.text(line, 0, t.name());
                cells.count(line, 1, m == null ? 0 : m.base());
            }
        }
        int typesTo = Math.max(typesFrom, row - 1);

        Charts charts = new Charts(sheet);
        charts.bars(i18n.t("report.chart.visitsByChannel"), 0, channelsFrom, channelsTo, 7, 2, false);
        charts.bars(i18n.t("report.chart.funnel"), 0, funnelFrom, funnelTo, 7, 18, true);
        charts.pie(i18n.t("report.chart.clientTypes"), 0, typesFrom, typesTo, 7, 34);
    }

    /** A small block's title and header; returns the row its data starts at. */
    private int blockHeader(XSSFSheet sheet, int row, String title, String keyHeader, String valueHeader) {
        cells.bold(sheet.createRow(row), 0, i18n.t(title));
        Row header = sheet.createRow(row + 1);
        cells.header(header, 0, i18n.t(keyHeader));
        cells.header(header, 1, i18n.t(valueHeader));
        return row + 2;
    }

    void byChannel() {
        XSSFSheet sheet = wb.createSheet(SheetCraft.sheetName(i18n.t("report.sheet.byChannel")));
        int last = table(sheet, 0, i18n.t("report.col.channel"), Arrays.asList(Channel.values()), i18n::label,
                splitting(Breakdown.CHANNEL), r.byChannel());
        SheetCraft.table(sheet, 0, lastColumn(splitting(Breakdown.CHANNEL)), last - 1);
    }

    void byCounselor() {
        XSSFSheet sheet = wb.createSheet(SheetCraft.sheetName(i18n.t("report.sheet.byCounselor")));
        List<Long> ids = r.counselors().stream().map(MonthReport.StaffMember::id).toList();
        Map<Long, String> names = new java.util.HashMap<>();
        r.staff().forEach(s -> names.put(s.id(), s.name()));
        int last = table(sheet, 0, i18n.t("report.col.counselor"), ids, names::get, splitting(Breakdown.COUNSELOR),
                r.byCounselor());
        SheetCraft.table(sheet, 0, lastColumn(splitting(Breakdown.COUNSELOR)), last - 1);
    }

    void typeAndIntent() {
        XSSFSheet sheet = wb.createSheet(SheetCraft.sheetName(i18n.t("report.sheet.typeAndIntent")));
        List<Figure> figures = splitting(Breakdown.CLIENT_TAG);
        List<Long> tags = r.tags().stream().map(MonthReport.TagName::id).toList();
        Map<Long, String> names = new java.util.HashMap<>();
        r.tags().forEach(t -> names.put(t.id(), t.name()));
        int last = table(sheet, 0, i18n.t("report.col.clientType"), tags, names::get, figures, r.byClientTag());
        SheetCraft.table(sheet, 0, lastColumn(figures), last - 1);
        List<Intent> intents = new ArrayList<>(Arrays.asList(Intent.values()));
        intents.add(null);
        table(sheet, last + 3, i18n.t("report.col.intent"), intents,
                i -> i == null ? i18n.t("report.intent.none") : i18n.label(i), splitting(Breakdown.INTENT), r.byIntent());
    }

    private static List<Figure> splitting(Breakdown by) {
        return Arrays.stream(Figure.values()).filter(f -> f.splits(by)).toList();
    }

    private static int lastColumn(List<Figure> figures) {
        return figures.stream().mapToInt(f -> f.kind() == Figure.Kind.RATE ? 3 : 1).sum();
    }

    /**
     * A table of figures per key, with the office's total under it; a rate takes three columns (the
     * part, the base, the share), so that the share can be checked. Returns the last row written.
     */
    private <K> int table(XSSFSheet sheet, int top, String keyHeader, List<K> keys, Function<K, String> keyLabel,
            List<Figure> figures, Map<Figure, Map<K, Measure>> per) {
        Row header = sheet.createRow(top);
        cells.header(header, 0, keyHeader);
        int col = 1;
        List<Integer> widths = new ArrayList<>(List.of(12));
        for (Figure f : figures) {
            if (f.kind() == Figure.Kind.RATE) {
                cells.header(header, col++, i18n.t("report.col.ratePart", i18n.label(f)));
                cells.header(header, col++, i18n.t("report.col.rateBase", i18n.label(f)));
                widths.add(12);
                widths.add(12);
            }
            cells.header(header, col++, i18n.label(f));
            widths.add(f.kind() == Figure.Kind.MONEY ? 14 : 11);
        }
        header.setHeightInPoints(45);
        if (top == 0) {
            SheetCraft.widths(sheet, widths.stream().mapToInt(Integer::intValue).toArray());
        }
        int row = top + 1;
        for (K key : keys) {
            Row line = sheet.createRow(row++);
            cells.text(line, 0, keyLabel.apply(key));
            int c = 1;
            for (Figure f : figures) {
                Map<K, Measure> values = per.get(f);
                c = write(line, c, f, values == null ? Measure.NONE : values.getOrDefault(key, Measure.NONE));
            }
        }
        Row total = sheet.createRow(row);
        cells.bold(total, 0, i18n.t("report.total"));
        int c = 1;
        for (Figure f : figures) {
            c = write(total, c, f, r.office().get(f));
        }
        return row;
    }

    private int write(Row line, int col, Figure f, Measure m) {
        if (f.kind() == Figure.Kind.RATE) {
            cells.count(line, col++, m.value());
            cells.count(line, col++, m.base());
        }
        cells.measure(line, col++, f, m);
        return col;
    }
}
