package com.counseldesk.office.ui;

import com.counseldesk.common.db.ServerFields;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.ui.DatabaseChoiceViewModel.Place;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The choice of the office's database: this PC (one PC alone) or the office's server (several PCs),
 * with the server's address, user and password, and "check and connect". Part of the first-run
 * screen and of a manager's database settings.
 */
public final class DatabaseChoiceView {
    private static final double PORT_WIDTH = 110;
    private final DatabaseChoiceViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final Keys keys = Keys.area(root, "keys.area.dbChoice");
    private final TextField host = new TextField();
    private final Button connect = new Button();

    public DatabaseChoiceView(DatabaseChoiceViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    public Parent root() {
        return root;
    }

    /** Shown when the connection fields (or this PC's file) and "check and connect" are: for the default button. */
    public BooleanBinding connectionShown() {
        return Bindings.createBooleanBinding(() -> vm.connectionShown().get(), vm.connectionShown());
    }

    /** Puts the cursor in the first field that is shown: the server's address, or the connect button. */
    public void focus() {
        Forms.focusWhenShown(vm.placeProperty().get() == Place.SERVER ? host : connect);
    }

    private void build() {
        root.setId("dbChoiceView");
        ToggleGroup group = new ToggleGroup();
        RadioButton thisPc = radio("placeThisPc", i18n.t("dbChoice.thisPc"), group, Place.THIS_PC);
        RadioButton server = radio("placeServer", i18n.t("dbChoice.server"), group, Place.SERVER);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.placeProperty().set((Place) b.getUserData());
            }
        });
        vm.placeProperty().addListener((o, a, b) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == b).findFirst().ifPresent(t -> t.setSelected(true)));
        HBox places = new HBox(24, thisPc, server);
        places.disableProperty().bind(vm.busyProperty());
        places.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.setId("placeHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(
                vm.placeProperty().get() == Place.SERVER ? "dbChoice.server.hint" : "dbChoice.thisPc.hint"),
                vm.placeProperty()));

        BooleanBinding serverChosen = Bindings.createBooleanBinding(
                () -> vm.placeProperty().get() == Place.SERVER, vm.placeProperty());
        BooleanBinding connection = connectionShown();

        // First run on a server: the server in use, and the way to another one.
        Label current = new Label(i18n.t("dbChoice.current", vm.currentAddress()));
        current.setId("currentDatabase");
        current.setWrapText(true);
        Button change = new Button(i18n.t("dbChoice.changeServer"));
        change.setId("changeServerButton");
        change.setOnAction(e -> {
            vm.changeServer();
            focus();
        });
        HBox currentBox = new HBox(10, current, change);
        currentBox.setAlignment(Pos.CENTER_LEFT);
        showWhen(currentBox, connection.not().and(serverChosen)
                .and(Bindings.createBooleanBinding(vm::currentIsServer)));

        Label file = new Label(i18n.t("dbChoice.thisPc.file", vm.thisPcFile()));
        file.setId("thisPcFile");
        file.setWrapText(true);
        showWhen(file, serverChosen.not());

        GridPane grid = Forms.grid();
        grid.setPadding(new Insets(4, 0, 4, 0));
        host.setPromptText(i18n.t("dbChoice.host.prompt"));
        field(grid, 0, "dbChoice.host", host, "serverHost", vm.hostProperty(), ServerFields.HOST);
        TextField port = new TextField();
        port.setMaxWidth(PORT_WIDTH);
        field(grid, 1, "dbChoice.port", port, "serverPort", vm.portProperty(), ServerFields.PORT);
        TextField database = new TextField();
        database.setPromptText(i18n.t("dbChoice.database.prompt"));
        field(grid, 2, "dbChoice.database", database, "serverDatabase", vm.databaseProperty(), ServerFields.DATABASE);
        TextField user = new TextField();
        field(grid, 3, "dbChoice.user", user, "serverUser", vm.userProperty(), ServerFields.USER);
        PasswordField password = new PasswordField();
        if (vm.passwordSaved()) {
            password.setPromptText(i18n.t("dbChoice.password.saved"));
        }
        field(grid, 4, "dbChoice.password", password, "serverPassword", vm.passwordProperty(), null);
        showWhen(grid, serverChosen);
        // What is being connected to stays as it is until the answer comes.
        grid.disableProperty().bind(vm.busyProperty());

        connect.setText(i18n.t("dbChoice.connect"));
        connect.setId("connectButton");
        connect.getStyleClass().add("accent");
        connect.setOnAction(e -> vm.connect());
        connect.disableProperty().bind(vm.busyProperty());
        // Enter anywhere checks and connects while the connection is shown (else first run's "start" does).
        connect.defaultButtonProperty().bind(connectionShown());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connectProgress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        Label connecting = new Label(i18n.t("dbChoice.connecting"));
        connecting.getStyleClass().add("text-muted");
        connecting.visibleProperty().bind(vm.busyProperty());
        Button back = new Button(i18n.t("dbChoice.keepServer"));
        back.setId("keepServerButton");
        back.setOnAction(e -> vm.keepServer());
        back.disableProperty().bind(vm.busyProperty());
        showWhen(back, vm.changingServerProperty());
        HBox buttons = new HBox(12, connect, back, progress, connecting);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label failure = Forms.errorLabel("connectFailure", vm.failureProperty(), i18n);
        Label notice = new Label();
        notice.setId("connectNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(vm.noticeProperty().get()),
                vm.noticeProperty()));
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox connectionBox = new VBox(8, file, grid, buttons, failure, notice);
        showWhen(connectionBox, connection);

        root.getChildren().addAll(places, hint, currentBox, connectionBox);
    }

    private RadioButton radio(String id, String text, ToggleGroup group, Place value) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setUserData(value);
        radio.setToggleGroup(group);
        radio.setSelected(vm.placeProperty().get() == value);
        return radio;
    }

    private void field(GridPane grid, int row, String labelKey, TextField input, String id,
            StringProperty value, String field) {
        input.setId(id + "Field");
        input.textProperty().bindBidirectional(value);
        // Enter in a field checks and connects, and nothing else (not a form's default button).
        keys.on(input, Keys.ENTER, "keys.dbChoice.connect", vm::connect);
        Forms.row(grid, row, i18n.t(labelKey), input, id, field == null ? null : vm.error(field), i18n);
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        node.managedProperty().bind(node.visibleProperty());
    }
}
