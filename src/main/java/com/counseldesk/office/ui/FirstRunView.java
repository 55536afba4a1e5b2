package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.Role;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first-run step: where the office's data is kept (this PC, or the office's server), then the
 * office and its staff, or a sample office to try the app with.
 */
public final class FirstRunView {
    private final FirstRunViewModel vm;
    private final DatabaseChoiceView choice;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    private final Keys keys = Keys.area(root, "keys.area.firstRun");
    /** Creates the office from anywhere on its form; a bare Enter never does. */
    static final KeyCombination CREATE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private final TextField office = new TextField();
    private final TextField staffName = new TextField();

    public FirstRunView(FirstRunViewModel vm, DatabaseChoiceViewModel choice, I18n i18n, Node languageBox) {
        this.vm = vm;
        this.choice = new DatabaseChoiceView(choice, i18n);
        this.i18n = i18n;
        build(languageBox);
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the office name, or in the connection's first field while that is shown. */
    public void focus() {
        if (choice.connectionShown().get()) {
            choice.focus();
            return;
        }
        Forms.focusWhenShown(office);
    }

    private void build(Node languageBox) {
        root.setId("firstRunView");
        root.setPadding(new Insets(24));
        root.setMaxWidth(720);
        Label title = new Label(i18n.t("firstRun.title"));
        title.setId("firstRunTitle");
        HBox header = Forms.header(title, languageBox);
        Label intro = new Label(i18n.t("firstRun.intro"));
        intro.setWrapText(true);
        Label where = new Label(i18n.t("dbChoice.title"));
        where.setId("dbChoiceTitle");
        where.getStyleClass().add("title-4");

        GridPane grid = Forms.grid();
        office.setId("officeNameField");
        office.setPromptText(i18n.t("firstRun.officeName.prompt"));
        office.textProperty().bindBidirectional(vm.officeNameProperty());
        // Enter goes on to the staff; only the create button or Ctrl+Enter creates the office.
        keys.on(office, Keys.ENTER, "keys.firstRun.next", staffName::requestFocus);
        Forms.row(grid, 0, i18n.t("firstRun.officeName"), office, "officeName", vm.officeNameErrorProperty(), i18n);

        TextField name = staffName;
        name.setId("staffNameField");
        name.setPromptText(i18n.t("firstRun.staffName.prompt"));
        name.textProperty().bindBidirectional(vm.staffNameProperty());
        keys.on(name, Keys.ENTER, "keys.firstRun.addStaff", vm::addStaff);
        ComboBox<Role> role = Forms.combo("staffRoleBox", List.of(Role.values()), i18n::label);
        role.valueProperty().bindBidirectional(vm.staffRoleProperty());
        // ↑/↓ open the list rather than change the role unseen; Enter on the closed box adds the row,
        // as in the name field. Neither ever creates the office.
        RoleKeys.noSilentChange(keys, role);
        keys.on(role, Keys.ENTER, "keys.firstRun.addStaff", e -> !role.isShowing(), () -> {
            if (vm.addStaff()) {
                name.requestFocus();
            }
        });
        role.setPrefWidth(130);
        Button add = new Button(i18n.t("firstRun.addStaff"));
        add.setId("addStaffButton");
        add.setOnAction(e -> {
            vm.addStaff();
            name.requestFocus();
        });
        HBox staffInput = new HBox(8, name, role, add);
        HBox.setHgrow(name, Priority.ALWAYS);
        Forms.row(grid, 1, i18n.t("firstRun.staff"), staffInput, "staff", vm.staffErrorProperty(), i18n);

        ListView<NewStaff> list = new ListView<>(vm.staff());
        list.setId("staffList");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label(i18n.t("firstRun.staff.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NewStaff s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(s.name() + " · " + i18n.label(s.role()));
                Button remove = new Button(i18n.t("firstRun.removeStaff"));
                remove.getStyleClass().add("small");
                remove.setOnAction(e -> vm.remove(s));
                setGraphic(remove);
                setContentDisplay(ContentDisplay.RIGHT);
            }
        });
        grid.add(list, 1, 2);

        Button create = new Button(i18n.t("firstRun.create"));
        create.setId("createOfficeButton");
        create.getStyleClass().add("accent");
        // Not the default button: a bare Enter in the staff row adds a person, never creates the office.
        // Ctrl+Enter creates it, only while its form is shown (not while connecting elsewhere).
        create.setOnAction(e -> vm.create());
        keys.on(CREATE, "keys.firstRun.create", e -> !choice.connectionShown().get() && !vm.busyProperty().get(),
                vm::create);
        Label createHint = new Label(i18n.t("firstRun.create.hint"));
        createHint.setId("createOfficeHint");
        createHint.getStyleClass().add("text-muted");
        Button sample = new Button(i18n.t("firstRun.sample"));
        sample.setId("sampleButton");
        sample.setOnAction(e -> vm.useSample());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        create.disableProperty().bind(vm.busyProperty());
        sample.disableProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(12, create, createHint, sample, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label sampleHint = new Label(i18n.t("firstRun.sample.hint"));
        sampleHint.setWrapText(true);
        sampleHint.getStyleClass().add("text-muted");

        Label officeTitle = new Label(i18n.t("firstRun.office"));
        officeTitle.getStyleClass().add("title-4");
        VBox officeForm = new VBox(8, new Separator(), officeTitle, grid, buttons, sampleHint);
        officeForm.setId("officeForm");
        grid.setPadding(new Insets(0, 12, 0, 12));
        officeForm.visibleProperty().bind(choice.connectionShown().not());
        officeForm.managedProperty().bind(officeForm.visibleProperty());

        root.getChildren().addAll(header, intro, where, choice.root(), officeForm);
    }
}
