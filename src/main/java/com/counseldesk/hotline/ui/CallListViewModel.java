package com.counseldesk.hotline.ui;

import com.counseldesk.common.ListSheet;
import com.counseldesk.common.ListSheet.Column;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FileExport;
import com.counseldesk.common.fx.MonthFilter;
import com.counseldesk.common.fx.Pick;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.hotline.CallFilter;
import com.counseldesk.hotline.CallLine;
import com.counseldesk.hotline.CallList;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call list (热线记录): the calls of a month (this month first; blank for every month), of one
 * counselor, inbound or outbound, of one outcome, latest first, as the person at this PC may see them
 * (a manager all); read again whenever a filter changes and when any PC logs a call. Exports every call
 * the filters find to Excel. No JavaFX nodes.
 */
public class CallListViewModel {
    public static final String MONTH = "month";
    private final CallService calls;
    private final OfficeService office;
    private final Background background;
    private final DialogService dialogs;
    private final Staff me;
    private final FileExport export;
    private final ListSheet.Writer writer;
    private final Supplier<I18n> i18n;
    private final MonthFilter month;
    private final ObservableList<Pick<Staff>> counselors = FXCollections.observableArrayList();
    private final ObjectProperty<Pick<Staff>> counselor = new SimpleObjectProperty<>(new Pick<>(null));
    /** Any, inbound (true), outbound (false). */
    private final ObservableList<Pick<Boolean>> directions = FXCollections.observableArrayList(
            List.of(new Pick<>(null), new Pick<>(true), new Pick<>(false)));
    private final ObjectProperty<Pick<Boolean>> direction = new SimpleObjectProperty<>(new Pick<>(null));
    private final ObservableList<Pick<CallOutcome>> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<Pick<CallOutcome>> outcome = new SimpleObjectProperty<>(new Pick<>(null));
    private final ObservableList<CallLine> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CallLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> count = new SimpleObjectProperty<>();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();

    /** {@code writer} writes the list's workbook (the report feature's) in the language {@code i18n} gives then. */
    public CallListViewModel(CallService calls, OfficeService office, Background background, DialogService dialogs,
            Staff me, Clock clock, ListSheet.Writer writer, Supplier<I18n> i18n) {
        this.calls = calls;
        this.office = office;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.export = new FileExport(background, dialogs);
        this.writer = writer;
        this.i18n = i18n;
        this.month = new MonthFilter(clock, MONTH, "error.calls.month");
        outcomes.setAll(Pick.withAny(Arrays.asList(CallOutcome.values())));
        counselors.setAll(Pick.withAny(List.of()));
        month.textProperty().addListener((x, a, b) -> load());
        counselor.addListener((x, a, b) -> load());
        direction.addListener((x, a, b) -> load());
        outcome.addListener((x, a, b) -> load());
    }

    /** Reads the counselors the filter offers, then the list. */
    public void start() {
        background.run(office::counselors, r -> Pick.refill(counselors, counselor, r), this::failed);
        load();
    }

    /** Reads the list for the filters as they are; a month that cannot be read lists nothing and says so. */
    public void load() {
        CallFilter f = filter();
        if (f != null) {
            background.run(() -> calls.list(me.id(), f), this::show, this::failed);
        }
    }

    private void show(CallList list) {
        CallLine was = selected.get();
        rows.setAll(list.rows());
        count.set(list.more() ? new Msg("hotline.calls.countMore", list.count(), list.rows().size())
                : new Msg("hotline.calls.count", list.count()));
        message.set(null);
        selected.set(list.rows().stream().filter(c -> was != null && c.id() == was.id()).findFirst()
                .orElse(list.rows().isEmpty() ? null : list.rows().get(0)));
    }

    /** The filters as they are, or null (and the month's message) when the month cannot be read. */
    private CallFilter filter() {
        YearMonth m;
        try {
            m = month.month();
        } catch (ValidationException e) {
            return null;
        }
        Staff who = Pick.of(counselor.get());
        return new CallFilter(m, who == null ? null : who.id(), Pick.of(direction.get()), Pick.of(outcome.get()));
    }

    /**
     * 导出 Excel: every call the filters find (the list shows the latest 500), the filters on the line
     * above the header; times as times, phones as text. Asks where to save; nothing happens while the
     * month cannot be read.
     */
    public void export() {
        CallFilter f = filter();
        if (f == null) {
            return;
        }
        I18n words = i18n.get();
        ListSheet sheet = new ListSheet(words.t("hotline.calls.export.sheet"), filters(f, words), columns(words),
                out -> calls.every(me.id(), f, new CallService.Listing() {
                    @Override
                    public void count(int calls) {
                        out.expect(calls);
                    }

                    @Override
                    public void call(CallLine c) {
                        out.row(c.startedAt(), words.label(c.kind()), c.takenByName(), c.student(), c.parent(),
                                c.phone().display(), c.minutes(), words.label(c.outcome()), c.needs(), c.summary());
                    }
                }));
        String period = f.month() == null ? words.t("hotline.calls.allMonths") : f.month().toString();
        export.start(new Msg("hotline.calls.export.choose"), words.t("hotline.calls.export.fileName", period), sheet,
                writer);
    }

    /** The list's columns, with the needs and the summary apart (the list shows one of them as remarks). */
    private static List<Column> columns(I18n i18n) {
        return List.of(Column.dateTime(i18n.t("hotline.calls.col.time")),
                Column.text(i18n.t("hotline.calls.col.kind"), 6),
                Column.text(i18n.t("hotline.calls.col.takenBy"), 10),
                Column.text(i18n.t("hotline.calls.col.student"), 10),
                Column.text(i18n.t("hotline.calls.col.parent"), 10),
                Column.text(i18n.t("hotline.calls.col.phone"), 15),
                Column.number(i18n.t("hotline.calls.col.minutes"), 8),
                Column.text(i18n.t("hotline.calls.col.outcome"), 10),
                Column.text(i18n.t("hotline.calls.col.needs"), 24),
                Column.text(i18n.t("hotline.calls.col.summary"), 40));
    }

    /** "筛选：2026-11 · 李明 · 来电 · 已约上门". */
    private String filters(CallFilter f, I18n words) {
        return FileExport.filterLine(words, Arrays.asList(
                f.month() == null ? words.t("hotline.calls.allMonths") : f.month().toString(),
                Pick.of(counselor.get()) == null ? null : Pick.of(counselor.get()).name(),
                f.inbound() == null ? null : words.t(f.inbound() ? "hotline.calls.inbound" : "hotline.calls.outbound"),
                words.label(f.outcome())));
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            message.set(Msg.of(v));
        } else {
            message.set(new Msg("hotline.calls.failed"));
            dialogs.showError(new Msg("hotline.calls.failed"), DatabaseException.describe(e));
        }
    }

    /** The export: its progress, its status, where the workbook went. */
    public FileExport exporter() {
        return export;
    }

    /** The month the calls began in: this month first, blank for every month, Alt+←/→. */
    public MonthFilter monthFilter() {
        return month;
    }

    public ObservableList<Pick<Staff>> counselors() {
        return counselors;
    }

    public ObjectProperty<Pick<Staff>> counselorProperty() {
        return counselor;
    }

    public ObservableList<Pick<Boolean>> directions() {
        return directions;
    }

    public ObjectProperty<Pick<Boolean>> directionProperty() {
        return direction;
    }

    public ObservableList<Pick<CallOutcome>> outcomes() {
        return outcomes;
    }

    public ObjectProperty<Pick<CallOutcome>> outcomeProperty() {
        return outcome;
    }

    /** The calls, latest first. */
    public ObservableList<CallLine> rows() {
        return rows;
    }

    public ObjectProperty<CallLine> selectedProperty() {
        return selected;
    }

    /** How many calls the filters find ("共 12 通"), and whether the list shows only the latest. */
    public ReadOnlyObjectProperty<Msg> countProperty() {
        return count;
    }

    /** Why the list could not be read, or null. */
    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }
}
