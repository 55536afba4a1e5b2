package com.counseldesk.hotline.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Notice;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.hotline.DutyBoard;
import com.counseldesk.hotline.DutyLine;
import com.counseldesk.hotline.DutyTally;
import com.counseldesk.office.Staff;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The duty screen (热线轮值): today's order with who is away and who is next, the keys to set it
 * (Alt+↑/↓ move the chosen counselor, Ctrl+D away or back, Delete takes them off, Ctrl+Enter stores the
 * order), a counselor to add, and this month's count per counselor. Arranging is for a manager (or
 * counselors, when the office allows it); anyone marks someone away or back.
 */
public final class DutyView implements ViewScreen.View {
    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination AWAY = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private final DutyViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final TableView<DutyLine> table;

    public DutyView(DutyViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.table = new TableView<>(vm.order());
        build();
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The cursor on the order, to move it with the keys. */
    @Override
    public void focus() {
        Forms.focusWhenShown(table);
    }

    private void build() {
        root.setId("dutyView");
        root.setPadding(new Insets(8));
        Label title = new Label(i18n.t("hotline.duty.title"));
        title.getStyleClass().add("title-3");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label next = new Label();
        next.setId("dutyNext");
        next.setMinWidth(Label.USE_PREF_SIZE);
        next.textProperty().bind(vm.nextProperty().map(i18n::t).orElse(""));
        Label message = Notice.band("dutyMessage", vm.messageProperty(), vm.messageKindProperty(), i18n);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox heading = new HBox(16, title, next, message);
        heading.setAlignment(Pos.CENTER_LEFT);

        BooleanBinding mayNotArrange = Bindings.createBooleanBinding(() -> vm.boardProperty().get() == null
                || !vm.boardProperty().get().mayArrange(), vm.boardProperty());
        table.setId("dutyTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.t("hotline.duty.empty")));
        table.getColumns().add(column("hotline.duty.col.place", l -> String.valueOf(vm.order().indexOf(l) + 1), 50));
        table.getColumns().add(column("hotline.duty.col.name", DutyLine::name, 100));
        table.getColumns().add(column("hotline.duty.col.state", this::state, 140));
        table.getColumns().add(column("hotline.duty.col.taken", l -> String.valueOf(l.taken()), 80));
        table.getColumns().add(column("hotline.duty.col.missed", l -> String.valueOf(l.missed()), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        // The place and the state columns are read from the whole order: every change shows in every row.
        vm.order().addListener((javafx.collections.ListChangeListener<DutyLine>) c -> table.refresh());
        vm.boardProperty().addListener((o, a, b) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);

        Button up = button("dutyUpButton", "hotline.duty.up", () -> vm.move(-1), mayNotArrange);
        Button down = button("dutyDownButton", "hotline.duty.down", () -> vm.move(1), mayNotArrange);
        Button away = button("dutyAwayButton", "hotline.duty.awayOrBack", vm::toggleAbsent, null);
        Button remove = button("dutyRemoveButton", "hotline.duty.remove", vm::remove, mayNotArrange);
        Button propose = button("dutyProposeButton", "hotline.duty.propose", vm::propose, mayNotArrange);
        Button save = button("dutySaveButton", "hotline.duty.save", vm::saveOrder, mayNotArrange);
        save.getStyleClass().add("accent");
        HBox buttons = new HBox(8, up, down, away, remove, propose, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Staff> toAdd = Forms.combo("dutyAddBox", List.of(), Staff::name);
        toAdd.setItems(vm.addable());
        toAdd.valueProperty().bindBidirectional(vm.toAddProperty());
        toAdd.setPrefWidth(160);
        toAdd.setMaxWidth(Region.USE_PREF_SIZE);
        toAdd.disableProperty().bind(mayNotArrange);
        Button add = button("dutyAddButton", "hotline.duty.add", vm::add, mayNotArrange);
        Label addLabel = new Label(i18n.t("hotline.duty.addLabel"));
        addLabel.setLabelFor(toAdd);
        HBox addRow = new HBox(8, addLabel, toAdd, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox option = new CheckBox(i18n.t("hotline.duty.counselorsArrange"));
        option.setId("dutyCounselorsArrange");
        option.selectedProperty().bindBidirectional(vm.counselorsArrangeProperty());
        option.setVisible(vm.isManager());
        option.setManaged(vm.isManager());
        Label notAllowed = new Label(i18n.t("hotline.duty.notAllowed"));
        notAllowed.setId("dutyNotAllowed");
        notAllowed.getStyleClass().add("text-muted");
        notAllowed.visibleProperty().bind(mayNotArrange.and(vm.boardProperty().isNotNull()));
        notAllowed.managedProperty().bind(notAllowed.visibleProperty());
        VBox orderBox = new VBox(8, table, buttons, addRow, option, notAllowed);
        HBox.setHgrow(orderBox, Priority.ALWAYS);

        Label monthTitle = new Label(i18n.t("hotline.duty.month", vm.shownMonth().toString()));
        monthTitle.setId("dutyMonthTitle");
        monthTitle.getStyleClass().add("title-4");
        TableView<DutyTally> month = new TableView<>(vm.month());
        month.setId("dutyMonthTable");
        month.getStyleClass().add(Styles.DENSE);
        month.setPlaceholder(new Label(i18n.t("hotline.duty.month.empty")));
        month.getColumns().add(Tables.textColumn(i18n.t("hotline.duty.col.name"), DutyTally::name, 90));
        month.getColumns().add(Tables.textColumn(i18n.t("turnKind.TAKEN"), t -> String.valueOf(t.taken()), 80));
        month.getColumns().add(Tables.textColumn(i18n.t("hotline.duty.col.skipped"), t -> String.valueOf(t.skipped()),
                90));
        month.getColumns().add(Tables.textColumn(i18n.t("hotline.duty.col.passed"), t -> String.valueOf(t.passed()),
                90));
        month.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        month.setFocusTraversable(false);
        VBox.setVgrow(month, Priority.ALWAYS);
        VBox monthBox = new VBox(6, monthTitle, month);
        monthBox.setPrefWidth(440);
        monthBox.setMinWidth(360);
        HBox body = new HBox(16, orderBox, monthBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(heading, body);

        Keys.area(root, "keys.area.duty")
                .on(UP, "keys.duty.up", mayArrange(mayNotArrange), () -> vm.move(-1))
                .on(DOWN, "keys.duty.down", mayArrange(mayNotArrange), () -> vm.move(1))
                .on(AWAY, "keys.duty.away", vm::toggleAbsent)
                .on(REMOVE, "keys.duty.remove", e -> e.getTarget() == table && !mayNotArrange.get(), vm::remove)
                .on(SAVE, "keys.duty.save", mayArrange(mayNotArrange), vm::saveOrder)
                .standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    private static java.util.function.Predicate<javafx.scene.input.KeyEvent> mayArrange(BooleanBinding mayNot) {
        return e -> !mayNot.get();
    }

    /** "在位 · 下一位" / "不在" as the order reads. */
    private String state(DutyLine l) {
        String here = i18n.t(l.absent() ? "hotline.duty.absent" : "hotline.duty.present");
        DutyBoard b = vm.boardProperty().get();
        boolean next = b != null && b.nextStaffId() != null && b.nextStaffId() == l.staffId() && !vm.changedProperty()
                .get();
        return next ? i18n.t("hotline.duty.isNext", here) : here;
    }

    private Button button(String id, String key, Runnable action, BooleanBinding disabled) {
        Button b = new Button(i18n.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }

    private TableColumn<DutyLine, String> column(String key, java.util.function.Function<DutyLine, String> value,
            double width) {
        TableColumn<DutyLine, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
