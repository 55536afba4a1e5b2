package com.counseldesk.report.ui;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.office.Staff;
import com.counseldesk.report.Month;
import com.counseldesk.report.MonthReport;
import com.counseldesk.report.ReportService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
    private final Supplier<Staff> me;
    private final Supplier<I18n> i18n;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<MonthReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    /** 0 to 1, or -1 while the size of the work is not known yet. */
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Msg> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();
    private Background.Job job;
    private Path folder;
    private int reads;

    public ReportViewModel(ReportService reports, Background background, DialogService dialogs, Supplier<Staff> me,
            Supplier<I18n> i18n, Clock clock) {
        this.reports = reports;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.i18n = i18n;
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

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<Msg> statusProperty() {
        return status;
    }

    /** The workbook last written (its folder can be opened), or null. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported;
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
        if (exporting.get()) {
            return;
        }
        Month m = new Month(month.get());
        dialogs.saveFile(new Msg("report.export.choose"), suggestedName(), folder, "xlsx").ifPresent(out -> {
            folder = out.toAbsolutePath().getParent();
            exporting.set(true);
            exported.set(null);
            progress.set(-1);
            status.set(new Msg("report.export.reading", m.toString()));
            I18n words = i18n.get();
            Background.Job started = background.track(p -> reports.export(me.get(), m, out, p, words), this::progressed,
                    file -> finish(new Msg("report.export.done", file.getFileName().toString()), file),
                    e -> {
                        finish(new Msg("report.export.failed"), null);
                        dialogs.showError(new Msg("report.title.failed"), new Msg("report.export.failedWhy",
                                out.getFileName().toString(), String.valueOf(e.getMessage())));
                    },
                    () -> finish(new Msg("report.export.cancelled"), null));
            job = exporting.get() ? started : null;
        });
    }

    private void progressed(long done, long total) {
        if (!exporting.get()) {
            return;
        }
        if (total <= 0) {
            progress.set(-1);
            return;
        }
        progress.set(Math.min(1.0, (double) done / total));
        status.set(new Msg("report.export.progress", Math.min(done, total), total));
    }

    private void finish(Msg message, Path file) {
        job = null;
        exporting.set(false);
        progress.set(file == null ? 0 : 1);
        status.set(message);
        exported.set(file);
    }

    /** Stops the export under way; the file it was writing is not left behind. */
    public void cancel() {
        if (job != null) {
            job.cancel();
            status.set(new Msg("report.export.cancelling"));
        }
    }

    /** Opens the folder of the workbook just written. */
    public void openFolder() {
        Path file = exported.get();
        if (file != null) {
            dialogs.openFolder(file.toAbsolutePath().getParent());
        }
    }
}
