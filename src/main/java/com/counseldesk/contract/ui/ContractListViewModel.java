package com.counseldesk.contract.ui;

import com.counseldesk.common.ListSheet;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.DialogService;
import com.counseldesk.common.fx.FileExport;
import com.counseldesk.common.fx.MonthFilter;
import com.counseldesk.common.fx.Pick;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractFilter;
import com.counseldesk.contract.ContractList;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.ContractTotals;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.CourseService;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Staff;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contract list (合同) with its filters — the month signed (this month first; blank for all), the
 * counselor, the status, a course, only those with something owed — and the totals of everything the
 * filters find: how many, signed, received, refunded, outstanding. Read again whenever a filter changes
 * and when any PC changes a contract. Exports every contract the filters find to Excel. No JavaFX nodes.
 */
public class ContractListViewModel {
    private record Choices(List<Staff> counselors, List<Course> courses) {
    }

    public static final String MONTH = "month";
    private final ContractService contracts;
    private final CourseService courses;
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
    private final ObservableList<Pick<ContractStatus>> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<Pick<ContractStatus>> status = new SimpleObjectProperty<>(new Pick<>(null));
    private final ObservableList<Pick<Course>> courseChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Pick<Course>> course = new SimpleObjectProperty<>(new Pick<>(null));
    private final BooleanProperty unpaidOnly = new SimpleBooleanProperty();
    private final ObservableList<Contract> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Contract> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ContractTotals> totals = new SimpleObjectProperty<>(ContractTotals.NONE);
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final ObjectProperty<Msg> message = new SimpleObjectProperty<>();

    /** {@code writer} writes the list's workbook (the report feature's) in the language {@code i18n} gives then. */
    public ContractListViewModel(ContractService contracts, CourseService courses, OfficeService office,
            Background background, DialogService dialogs, Staff me, Clock clock, ListSheet.Writer writer,
            Supplier<I18n> i18n) {
        this.contracts = contracts;
        this.export = new FileExport(background, dialogs);
        this.writer = writer;
        this.i18n = i18n;
        this.courses = courses;
        this.office = office;
        this.background = background;
        this.dialogs = dialogs;
        this.me = me;
        this.month = new MonthFilter(clock, MONTH, "error.contract.month");
        statuses.setAll(Pick.withAny(Arrays.asList(ContractStatus.values())));
        counselors.setAll(Pick.withAny(List.of()));
        courseChoices.setAll(Pick.withAny(List.of()));
        month.textProperty().addListener((o, a, b) -> load());
        counselor.addListener((o, a, b) -> load());
        status.addListener((o, a, b) -> load());
        course.addListener((o, a, b) -> load());
        unpaidOnly.addListener((o, a, b) -> load());
    }

    /** Reads the filters' choices (counselors, courses), then the list. */
    public void start() {
        background.run(() -> new Choices(office.counselors(), courses.all()), r -> {
            Pick.refill(counselors, counselor, r.counselors());
            Pick.refill(courseChoices, course, r.courses());
        }, this::failed);
        load();
    }

    /** Reads the list for the filters as they are; a month that cannot be read lists nothing and says so. */
    public void load() {
        ContractFilter f = filter();
        if (f != null) {
            background.run(() -> contracts.list(me.id(), f), this::show, this::failed);
        }
    }

    /** The filters as they are, or null (and the month's message) when the month cannot be read. */
    private ContractFilter filter() {
        YearMonth m;
        try {
            m = month.month();
        } catch (ValidationException e) {
            return null;
        }
        Staff who = Pick.of(counselor.get());
        Course what = Pick.of(course.get());
        return new ContractFilter(m, who == null ? null : who.id(), Pick.of(status.get()),
                what == null ? null : what.id(), unpaidOnly.get());
    }

    /**
     * 导出 Excel: every contract the filters find (the list shows the first 500), with the totals above
     * the header, money in yuan. Asks where to save; nothing happens while the month cannot be read.
     */
    public void export() {
        ContractFilter f = filter();
        if (f == null) {
            return;
        }
        I18n words = i18n.get();
        ListSheet sheet = new ListSheet(words.t("contract.export.sheet"), filters(f, words), ContractRows.columns(words),
                out -> contracts.every(me.id(), f, new ContractService.Listing() {
                    @Override
                    public void start(ContractTotals totals, int rows) {
                        out.expect(rows);
                        out.totals(ContractRows.totals(totals, words));
                    }

                    @Override
                    public void contracts(List<Contract> batch) {
                        batch.forEach(c -> out.row(ContractRows.row(c, words)));
                    }
                }));
        String period = f.month() == null ? words.t("contract.export.allMonths") : f.month().toString();
        export.start(new Msg("contract.export.choose"), words.t("contract.export.fileName", period), sheet, writer);
    }

    /** The export: its progress, its status, where the workbook went. */
    public FileExport exporter() {
        return export;
    }

    /** "筛选：2026-11 · 李明 · 进行中 · 初二数学 · 只看欠费". */
    private String filters(ContractFilter f, I18n words) {
        return FileExport.filterLine(words, Arrays.asList(
                f.month() == null ? words.t("contract.export.allMonths") : f.month().toString(),
                Pick.of(counselor.get()) == null ? null : Pick.of(counselor.get()).name(),
                words.label(f.status()),
                Pick.of(course.get()) == null ? null : Pick.of(course.get()).name(),
                f.unpaidOnly() ? words.t("contract.list.unpaid") : null));
    }

    private void show(ContractList list) {
        Contract was = selected.get();
        rows.setAll(list.rows());
        totals.set(list.totals());
        more.set(list.more());
        message.set(null);
        selected.set(list.rows().stream().filter(c -> was != null && c.id() == was.id()).findFirst()
                .orElse(list.rows().isEmpty() ? null : list.rows().get(0)));
    }

    private void failed(Exception e) {
        if (e instanceof ValidationException v) {
            message.set(Msg.of(v));
        } else {
            message.set(new Msg("contract.list.failed"));
            dialogs.showError(new Msg("contract.list.failed"), DatabaseException.describe(e));
        }
    }

    /** The month signed: this month first, blank for every month, Alt+←/→. */
    public MonthFilter monthFilter() {
        return month;
    }

    public ObservableList<Pick<Staff>> counselors() {
        return counselors;
    }

    public ObjectProperty<Pick<Staff>> counselorProperty() {
        return counselor;
    }

    public ObservableList<Pick<ContractStatus>> statuses() {
        return statuses;
    }

    public ObjectProperty<Pick<ContractStatus>> statusProperty() {
        return status;
    }

    public ObservableList<Pick<Course>> courses() {
        return courseChoices;
    }

    public ObjectProperty<Pick<Course>> courseProperty() {
        return course;
    }

    public BooleanProperty unpaidOnlyProperty() {
        return unpaidOnly;
    }

    public ObservableList<Contract> rows() {
        return rows;
    }

    public ObjectProperty<Contract> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ContractTotals> totalsProperty() {
        return totals;
    }

    /** Whether the filter found more contracts than the list shows (the totals count them all). */
    public BooleanProperty moreProperty() {
        return more;
    }

    public ReadOnlyObjectProperty<Msg> messageProperty() {
        return message;
    }
}
