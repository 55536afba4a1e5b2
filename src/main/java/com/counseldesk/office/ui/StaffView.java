package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Formats;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.Tables;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.office.StaffChange;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The staff screen: the list on the left with the form to add a person below it; on the right the
 * selected person (name, role, deactivate or reactivate) and the history of the list.
 */
public final class StaffView implements ViewScreen.View {
    private final StaffViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox(16);
    private final Keys keys = Keys.area(root, "keys.area.staff");
    private final TextField newName = new TextField();

    public StaffView(StaffViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        Forms.focusWhenShown(newName);
    }

    private void build() {
        root.setId("staffView");
        root.setPadding(new Insets(12));

        Label listTitle = new Label(i18n.t("staffAdmin.list"));
        listTitle.getStyleClass().add("title-4");
        TableView<Staff> table = new TableView<>(vm.staff());
        table.setId("staffTable");
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.name"), Staff::name, 150));
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.role"), s -> i18n.label(s.role()), 100));
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.status"),
                s -> i18n.t(s.active() ? "staffAdmin.active" : "staffAdmin.inactive"), 90));
        table.setPlaceholder(new Label(i18n.t("firstRun.staff.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.bindSelection(table, vm.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label addTitle = new Label(i18n.t("staffAdmin.add"));
        addTitle.getStyleClass().add("title-4");
        GridPane addGrid = Forms.grid();
        addGrid.setPadding(Insets.EMPTY);
        newName.setId("newStaffNameField");
        newName.setPromptText(i18n.t("firstRun.staffName.prompt"));
        newName.textProperty().bindBidirectional(vm.newNameProperty());
        keys.on(newName, Keys.ENTER, "keys.staff.add", vm::add);
        Forms.row(addGrid, 0, i18n.t("staffAdmin.name"), newName, "newStaffName",
                vm.addForm().error(StaffViewModel.NAME), i18n);
        ComboBox<Role> newRole = roleBox("newStaffRoleBox");
        newRole.valueProperty().bindBidirectional(vm.newRoleProperty());
        keys.on(newRole, Keys.ENTER, "keys.staff.add", e -> !newRole.isShowing(), vm::add);
        Forms.row(addGrid, 1, i18n.t("staffAdmin.role"), newRole, "newStaffRole",
                vm.addForm().error(StaffViewModel.ROLE), i18n);
        Button add = new Button(i18n.t("staffAdmin.addButton"));
        add.setId("addStaffButton");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());
        addGrid.add(add, 1, 2);

        Label notice = Forms.errorLabel("staffNotice", vm.noticeProperty(), i18n);
        VBox left = new VBox(8, listTitle, notice, table, addTitle, addGrid);
        left.setPrefWidth(420);
        left.setMinWidth(360);

        VBox right = new VBox(8, editForm(), historyPane());
        HBox.setHgrow(right, Priority.ALWAYS);
        root.getChildren().addAll(left, right);
        keys.standard("keys.list.move", Keys.UP, Keys.DOWN);
    }

    private VBox editForm() {
        Label title = new Label();
        title.setId("selectedStaffTitle");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? i18n.t("staffAdmin.chooseSomeone")
                : i18n.t("staffAdmin.selected", vm.selectedProperty().get().name()), vm.selectedProperty()));
        GridPane grid = Forms.grid();
        grid.setPadding(Insets.EMPTY);
        TextField name = new TextField();
        name.setId("editStaffNameField");
        name.textProperty().bindBidirectional(vm.editNameProperty());
        keys.on(name, Keys.ENTER, "keys.staff.save", vm::save);
        Forms.row(grid, 0, i18n.t("staffAdmin.name"), name, "editStaffName",
                vm.editForm().error(StaffViewModel.NAME), i18n);
        ComboBox<Role> role = roleBox("editStaffRoleBox");
        role.valueProperty().bindBidirectional(vm.editRoleProperty());
        Forms.row(grid, 1, i18n.t("staffAdmin.role"), role, "editStaffRole",
                vm.editForm().error(StaffViewModel.ROLE), i18n);
        Button save = new Button(i18n.t("staffAdmin.save"));
        save.setId("saveStaffButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Button active = new Button();
        active.setId("toggleActiveButton");
        active.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() != null
                && !vm.selectedProperty().get().active() ? i18n.t("staffAdmin.reactivate")
                : i18n.t("staffAdmin.deactivate"), vm.selectedProperty()));
        active.setOnAction(e -> vm.toggleActive());
        HBox buttons = new HBox(8, save, active);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox buttonRow = Forms.row(grid, 2, "", buttons, "toggleActive", vm.activeErrorProperty(), i18n);
        buttonRow.setId("staffButtons");
        Label selfHint = new Label(i18n.t("staffAdmin.selfHint"));
        selfHint.setId("selfHint");
        selfHint.getStyleClass().add("text-muted");
        selfHint.setWrapText(true);
        selfHint.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.isMe(vm.selectedProperty().get()),
                vm.selectedProperty()));
        selfHint.managedProperty().bind(selfHint.visibleProperty());
        buttonRow.getChildren().add(selfHint);
        grid.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        return new VBox(8, title, grid);
    }

    private VBox historyPane() {
        Label title = new Label(i18n.t("staffAdmin.history"));
        title.getStyleClass().add("title-4");
        TableView<StaffChange> table = new TableView<>(vm.history());
        table.setId("staffHistoryTable");
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.history.at"), c -> Formats.dateTime(c.at()), 130));
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.history.by"),
                c -> c.byName() == null ? i18n.t("staffAdmin.history.firstRun") : c.byName(), 90));
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.history.person"), StaffChange::staffName, 90));
        table.getColumns().add(Tables.textColumn(i18n.t("staffAdmin.history.what"), this::describe, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.t("staffAdmin.history.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, title, table);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /** "添加：李明 · 咨询师", "姓名：李明 → 李敏", "岗位：咨询师 → 主管", "停用", "重新启用". */
    String describe(StaffChange c) {
        return switch (c.field()) {
            case StaffChange.CREATED -> i18n.t("staffAdmin.history.created", created(c.after()));
            case StaffChange.NAME -> i18n.t("staffAdmin.history.name", c.before(), c.after());
            case StaffChange.ROLE -> i18n.t("staffAdmin.history.role", role(c.before()), role(c.after()));
            case StaffChange.ACTIVE -> i18n.t("1".equals(c.after()) ? "staffAdmin.history.reactivated"
                    : "staffAdmin.history.deactivated");
            default -> c.field();
        };
    }

    private String created(String stored) {
        int dot = stored == null ? -1 : stored.lastIndexOf(" · ");
        return dot < 0 ? String.valueOf(stored) : stored.substring(0, dot) + " · " + role(stored.substring(dot + 3));
    }

    private String role(String stored) {
        try {
            return i18n.label(Role.valueOf(stored));
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(stored);
        }
    }

    private ComboBox<Role> roleBox(String id) {
        ComboBox<Role> box = Forms.combo(id, List.of(Role.values()), i18n::label);
        RoleKeys.noSilentChange(keys, box);
        return box;
    }
}
