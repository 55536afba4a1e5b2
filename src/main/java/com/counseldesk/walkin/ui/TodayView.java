package com.counseldesk.walkin.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.walkin.ExpectedVisitor;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Today's visitors with their status (or a past day's, to look back, copy or print the list), and
 * the selected family's past visits below, in a split the desk can move.
 */
public final class TodayView {
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_DAY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEXT_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private final TodayViewModel vm;
    private final I18n i18n;
    private final String officeName;
    private final VBox root = new VBox(8);
    private final Keys keys = Keys.area(root, "keys.area.today");
    private final Label title = new Label();
    private final TableView<VisitRow> table;

    private final Consumer<Long> openFamily;
    private final Consumer<Long> editVisit;
    private final Consumer<VisitRow> planFollowUp;

    /**
     * {@code openFamily} opens a household's family page (double-click on a row, or the button);
     * {@code editVisit} opens the dialog that corrects or voids a visit; {@code officeName} heads a
     * printed list.
     */
    public TodayView(TodayViewModel vm, I18n i18n, String officeName, Consumer<Long> openFamily,
            Consumer<Long> editVisit) {
        this(vm, i18n, officeName, openFamily, editVisit, null);
    }

    /**
     * As above, with 安排回访 for the chosen visitor (a family leaving without signing):
     * {@code planFollowUp} plans it (the app passes the follow-ups' dialog); null offers no button.
     */
    public TodayView(TodayViewModel vm, I18n i18n, String officeName, Consumer<Long> openFamily,
            Consumer<Long> editVisit, Consumer<VisitRow> planFollowUp) {
        this.vm = vm;
        this.i18n = i18n;
        this.officeName = officeName;
        this.openFamily = openFamily;
        this.editVisit = editVisit;
        this.planFollowUp = planFollowUp;
        this.table = new TableView<>(vm.visits());
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setId("todayView");
        keys.on(PRINT, "keys.today.print", this::print);
        root.setPadding(new Insets(4, 8, 8, 8));
        title.setId("todayTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.showingTodayProperty().get() ? i18n.t("today.title", vm.visits().size())
                        : i18n.t("today.titleDay", DateText.format(vm.dayProperty().get()), vm.visits().size()),
                vm.visits(), vm.dayProperty(), vm.showingTodayProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(i18n.t("today.refresh"));
        refresh.setId("refreshButton");
        refresh.setOnAction(e -> vm.refresh());
        HBox header = new HBox(6, title, spacer, dayChooser(), refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("todayTable");
        // Dense rows: a busy day's list and a family's visits show as many rows as the desk can read.
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.t("today.empty")));
        table.getColumns().add(column("today.col.arrived", r -> Formats.time(r.arrivedAt()), 60));
        table.getColumns().add(column("today.col.student", VisitRow::studentNames, 90));
        table.getColumns().add(column("today.col.parent", VisitRow::parentName, 80));
        table.getColumns().add(column("today.col.phone", r -> r.phone() == null ? "" : r.phone().display(), 108));
        table.getColumns().add(column("today.col.channel", r -> i18n.label(r.channel()), 80));
        // Widths that fit both languages' headers and values at 1366×768 ("Counselor", "Consulting").
        table.getColumns().add(column("today.col.counselor", VisitRow::counselorName, 80));
        table.getColumns().add(column("today.col.status", r -> i18n.label(r.status()), 84));
        table.getColumns().add(column("today.col.left", r -> Formats.time(r.leftAt()), 50));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        table.setRowFactory(t -> {
            TableRow<VisitRow> row = voidMarked();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openFamily.accept(row.getItem().householdId());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(120);

        Button open = new Button(i18n.t("today.openFamily"));
        open.setId("openFamilyButton");
        open.disableProperty().bind(vm.historyFamilyProperty().isNull());
        open.setOnAction(e -> openFamily.accept(vm.historyFamilyProperty().get().id()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button edit = editButton("editVisitButton", vm.selectedProperty());
        Label setStatus = new Label(i18n.t("today.setStatus"));
        setStatus.visibleProperty().bind(vm.showingTodayProperty());
        setStatus.managedProperty().bind(setStatus.visibleProperty());
        Label pastDay = new Label(i18n.t("today.pastDay"));
        pastDay.setId("pastDayHint");
        pastDay.getStyleClass().add("text-muted");
        pastDay.visibleProperty().bind(vm.showingTodayProperty().not());
        pastDay.managedProperty().bind(pastDay.visibleProperty());
        HBox statusButtons = new HBox(8, setStatus, pastDay,
                statusButton("statusWaiting", VisitStatus.WAITING),
                statusButton("statusConsulting", VisitStatus.CONSULTING),
                statusButton("statusLeft", VisitStatus.LEFT), edit, gap, open);
        statusButtons.setAlignment(Pos.CENTER_LEFT);
        if (planFollowUp != null) {
            statusButtons.getChildren().add(statusButtons.getChildren().size() - 1, followUpButton());
        }

        Label historyTitle = new Label();
        historyTitle.setId("historyTitle");
        historyTitle.getStyleClass().add("title-4");
        historyTitle.textProperty().bind(vm.historyFamilyProperty()
                .map(f -> i18n.t("today.history", f.studentNames(), f.phone() == null ? "" : f.phone().display()))
                .orElse(i18n.t("today.history.none")));
        TableView<VisitRow> history = new TableView<>(vm.history());
        history.setId("historyTable");
        history.getStyleClass().add(Styles.DENSE);
        history.setPlaceholder(new Label(i18n.t("today.history.none")));
        history.getColumns().add(column("today.col.date", r -> Formats.dateTime(r.arrivedAt()), 130));
        history.getColumns().add(column("today.col.channel", r -> i18n.label(r.channel()), 80));
        history.getColumns().add(column("today.col.counselor", VisitRow::counselorName, 70));
        history.getColumns().add(column("today.col.whoCame", VisitRow::whoCame, 90));
        history.getColumns().add(column("today.col.purpose", VisitRow::purpose, 120));
        history.getColumns().add(column("today.col.status", r -> i18n.label(r.status()), 90));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setMinHeight(100);
        VBox.setVgrow(history, Priority.ALWAYS);
        history.setRowFactory(t -> voidMarked());
        // A rebuilt view starts with nothing chosen in the past visits (the new table shows no selection).
        vm.selectedHistoryProperty().set(null);
        history.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedHistoryProperty()
                .set(b));
        Region historyGap = new Region();
        HBox.setHgrow(historyGap, Priority.ALWAYS);
        HBox historyHeader = new HBox(8, historyTitle, historyGap,
                editButton("editHistoryVisitButton", vm.selectedHistoryProperty()));
        historyHeader.setAlignment(Pos.CENTER_LEFT);

        // The day's visitors above, the family's visits below: both get a share of the height
        // (at 1366×768 about ten visitors and eight past visits), and the desk can move the divider.
        VBox dayBox = new VBox(8, table, statusButtons);
        dayBox.setPadding(new Insets(0, 0, 6, 0));
        VBox historyBox = new VBox(6, historyHeader, history);
        historyBox.setPadding(new Insets(6, 0, 0, 0));
        SplitPane lists = new SplitPane(dayBox, historyBox);
        lists.setId("todaySplit");
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.58);
        lists.getStyleClass().add("flat");
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().addAll(header, arrivalNotice(), expectedBox(), lists);
        keys.standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    /** The day shown: previous and next day, the date typed or picked, and back to today. */
    private Node dayChooser() {
        Button previous = new Button("<");
        previous.setId("previousDayButton");
        previous.setTooltip(new Tooltip(i18n.t("today.previousDay")));
        previous.setOnAction(e -> vm.previousDay());
        Button next = new Button(">");
        next.setId("nextDayButton");
        next.setTooltip(new Tooltip(i18n.t("today.nextDay")));
        next.disableProperty().bind(vm.showingTodayProperty());
        next.setOnAction(e -> vm.nextDay());
        DatePicker picker = new DatePicker(vm.dayProperty().get());
        picker.setId("dayPicker");
        picker.getEditor().setId("dayField");
        picker.setEditable(true);
        picker.setConverter(DateText.keepingTypedText());
        picker.setPrefWidth(145);
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item == null || item.isAfter(vm.currentDay()));
            }
        });
        picker.valueProperty().addListener((o, a, b) -> vm.showDay(b));
        vm.dayProperty().addListener((o, a, b) -> picker.setValue(b));
        // Enter in the field takes the date typed; ←/→ with Alt go a day back or on.
        picker.getEditor().setOnAction(e -> picker.setValue(picker.getConverter().fromString(
                picker.getEditor().getText())));
        // On the editor: the picker passes the keys it gets on to its editor, so they arrive there once.
        keys.on(picker.getEditor(), PREVIOUS_DAY, "keys.today.previousDay", vm::previousDay)
                .on(picker.getEditor(), NEXT_DAY, "keys.today.nextDay", vm::nextDay);
        Button today = new Button(i18n.t("today.backToToday"));
        today.setId("backToTodayButton");
        today.disableProperty().bind(vm.showingTodayProperty());
        today.setOnAction(e -> vm.showToday());
        Button copy = new Button(i18n.t("today.copyList"));
        copy.setId("copyListButton");
        copy.setOnAction(e -> copyList());
        Button print = new Button(i18n.t("today.print"));
        print.setId("printListButton");
        print.setOnAction(e -> print());
        // The key is in the tooltip (and the F1 list): the board's heading has no room for it.
        print.setTooltip(new javafx.scene.control.Tooltip(Keys.text(PRINT, i18n)));
        HBox box = new HBox(4, previous, picker, next, today, copy, print);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Puts the day's list on the clipboard as the table shows it, a line per visitor, tab-separated. */
    private void copyList() {
        ClipboardContent content = new ClipboardContent();
        content.putString(dayList().tabSeparated());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Shows the day's list as the table shows it in a print preview (the printing code is loaded only now). */
    private void print() {
        DayListPrint.print(root.getScene().getWindow(), dayList(), vm.dayProperty().get(), officeName, i18n);
    }

    /** The day's list as the table shows it: title, headers, and each row's cells. */
    private DayList dayList() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            int row = i;
            rows.add(table.getColumns().stream()
                    .map(c -> String.valueOf(c.getCellData(row) == null ? "" : c.getCellData(row))).toList());
        }
        return new DayList(title.getText(), table.getColumns().stream().map(TableColumn::getText).toList(), rows);
    }

    /**
     * Today's families expected (booked visits not arrived yet) above those who came: the chosen one's
     * arrival (the button, or Enter in the list) registers their visit. Shown while there are any today.
     */
    private Node expectedBox() {
        Label heading = new Label();
        heading.setId("expectedTitle");
        heading.getStyleClass().add("title-4");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("today.expected.title",
                vm.expected().size()), vm.expected()));
        TableView<ExpectedVisitor> expected = new TableView<>(vm.expected());
        expected.setId("expectedTable");
        expected.getStyleClass().add(Styles.DENSE);
        expected.getColumns().add(Tables.textColumn(i18n.t("today.expected.col.at"), v -> Formats.time(v.at()), 60));
        expected.getColumns().add(Tables.textColumn(i18n.t("today.col.student"), ExpectedVisitor::studentName, 90));
        expected.getColumns().add(Tables.textColumn(i18n.t("today.col.parent"), ExpectedVisitor::parentName, 80));
        expected.getColumns().add(Tables.textColumn(i18n.t("today.col.phone"),
                v -> v.phone() == null ? "" : v.phone().display(), 108));
        expected.getColumns().add(Tables.textColumn(i18n.t("today.col.counselor"), ExpectedVisitor::counselorName,
                80));
        expected.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        expected.setPrefHeight(96);
        expected.setMinHeight(72);
        Tables.bindSelection(expected, vm.selectedExpectedProperty());
        Button arrived = new Button(i18n.t("today.expected.arrived"));
        arrived.setId("expectedArrivedButton");
        arrived.disableProperty().bind(vm.selectedExpectedProperty().isNull());
        arrived.setOnAction(e -> vm.expectedArrived());
        keys.on(expected, Keys.ENTER, "keys.today.expectedArrived", e -> vm.selectedExpectedProperty().get() != null,
                vm::expectedArrived);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, arrived);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, expected);
        box.setId("expectedBox");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.expected()).and(vm.showingTodayProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Who just came for the signed-in counselor (from any PC of the office), with a button to dismiss it. */
    private Node arrivalNotice() {
        Label text = new Label();
        text.setId("arrivalNotice");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> vm.noticeProperty().get() == null ? "" : i18n.t(vm.noticeProperty().get()), vm.noticeProperty()));
        Button dismiss = new Button(i18n.t("today.arrival.dismiss"));
        dismiss.setId("dismissArrivalButton");
        dismiss.setOnAction(e -> vm.dismissNotice());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, text, gap, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("arrival-notice");
        box.visibleProperty().bind(vm.noticeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** 更正/作废 for the visit chosen in one of the lists; a void visit cannot be changed. */
    private Button editButton(String id, ObservableValue<VisitRow> chosen) {
        Button b = new Button(i18n.t("today.editVisit"));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> !TodayViewModel.canCorrect(chosen.getValue()),
                chosen));
        b.setOnAction(e -> {
            VisitRow row = chosen.getValue();
            if (TodayViewModel.canCorrect(row)) {
                editVisit.accept(row.visitId());
            }
        });
        return b;
    }

    /** 安排回访 for the chosen visitor; a void visit has none. */
    private Button followUpButton() {
        Button b = new Button(i18n.t("today.planFollowUp"));
        b.setId("planFollowUpButton");
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> !TodayViewModel.canCorrect(
                vm.selectedProperty().get()), vm.selectedProperty()));
        b.setOnAction(e -> {
            VisitRow row = vm.selectedProperty().get();
            if (TodayViewModel.canCorrect(row)) {
                planFollowUp.accept(row);
            }
        });
        return b;
    }

    /** A row that is struck through while its visit is void. */
    private static TableRow<VisitRow> voidMarked() {
        return new TableRow<>() {
            @Override
            protected void updateItem(VisitRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("voided");
                if (!empty && item != null && item.status() == VisitStatus.VOID) {
                    getStyleClass().add("voided");
                }
            }
        };
    }

    private Button statusButton(String id, VisitStatus status) {
        Button b = new Button(i18n.label(status));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.showingTodayProperty().get()
                || vm.selectedProperty().get() == null || vm.selectedProperty().get().status() == VisitStatus.VOID,
                vm.selectedProperty(), vm.showingTodayProperty()));
        b.setOnAction(e -> vm.setStatus(status));
        return b;
    }

    private TableColumn<VisitRow, String> column(String key, Function<VisitRow, String> value, double width) {
        TableColumn<VisitRow, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
