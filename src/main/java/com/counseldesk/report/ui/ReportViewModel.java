package com.counseldesk.report.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FileExport;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.Staff;
import com.counseldesk.report.Month;
import com.counseldesk.report.MonthReport;
import com.counseldesk.report.ReportService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The monthly report screen (月度报表): a month (last month first), the dashboard of its figures, and
 * the export of its workbook with a progress bar, a way to cancel, and the folder it went to. The
 * export runs on a thread of its own; nothing here waits for it. No JavaFX nodes.
 */
public class ReportViewModel {
    /** How many months back the month box offers. */
    static final int MONTHS = 36;
    private final ReportService reports;
    private final Background background;
    private final DialogService dialogs;
    private final FileExport export;
    private final Supplier<Staff> me;
    private final Supplier<I18n> i18n;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<MonthReport> report = new SimpleObjectProperty<>();
    private int reads;

    public ReportViewModel(ReportService reports, Background background, DialogService dialogs, Supplier<Staff> me,
            Supplier<I18n> i18n, Clock clock) {
        this.reports = reports;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.i18n = i18n;
        this.export = new FileExport(background, dialogs);
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        List<YearMonth> list = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            list.add(now.minusMonths(i));
        }
        months.setAll(list);
        month.set(Month.before(LocalDate.now(clock)).value());
        month.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                load();
            }
        });
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ReadOnlyObjectProperty<MonthReport> reportProperty() {
        return report;
    }

    /** Reads the chosen month's figures for the dashboard; a later read wins over an earlier one still running. */
    public void load() {
        Month m = new Month(month.get());
        int mine = ++reads;
        background.run(() -> reports.read(me.get(), m), r -> {
            if (mine == reads) {
                report.set(r);
            }
        }, e -> dialogs.showError(new Msg("report.title.failed"), new Msg("report.readFailed", m.toString())));
    }

    /** The name a new workbook is offered under: 月度报表-2026-10.xlsx. */
    public String suggestedName() {
        return i18n.get().t("report.fileName", month.get().toString());
    }

    /** Asks where to save the month's workbook, then writes it with progress; nothing happens when no file is chosen. */
    public void export() {
        Month m = new Month(month.get());
        I18n words = i18n.get();
        Staff who = me.get();
        export.start(new Msg("report.export.choose"), suggestedName(), new Msg("report.export.reading", m.toString()),
                (out, p) -> reports.export(who, m, out, p, words));
    }

    /** The export: its progress, its status, where the workbook went; cancel and open its folder there. */
    public FileExport exporter() {
        return export;
    }
}
