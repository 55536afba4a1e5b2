package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Fonts;
import com.counseldesk.common.fx.KeyHelp;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A manager's database settings (数据库设置), from the main window: this PC or the office's server.
 * Once the chosen database is connected, the choice is saved, the dialog closes and the app
 * switches to it, back at "who is at this PC".
 */
public final class DatabaseSettingsDialog {
    private static final double WIDTH = 680;
    private static final double HEIGHT = 640;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(10);
    private final Button close = new Button();
    private final DatabaseChoiceView choice;

    private DatabaseSettingsDialog(DatabaseChoiceViewModel vm, I18n i18n) {
        choice = new DatabaseChoiceView(vm, i18n);
        root.setId("dbSettingsView");
        content.setPadding(new Insets(16, 20, 8, 20));
        Label title = new Label(i18n.t("dbSettings.title"));
        title.setId("dbSettingsTitle");
        title.getStyleClass().add("title-3");
        Label current = new Label(i18n.t("dbChoice.current", vm.currentAddress()));
        current.setId("currentDatabase");
        current.setWrapText(true);
        Label note = new Label(i18n.t("dbSettings.switchNote"));
        note.setId("dbSettingsNote");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        content.getChildren().addAll(title, current, note);
        if (vm.overridden()) {
            Label overridden = new Label(i18n.t("dbSettings.overridden"));
            overridden.setId("dbSettingsOverridden");
            overridden.setWrapText(true);
            overridden.getStyleClass().add("field-error");
            content.getChildren().add(overridden);
        }
        close.setText(i18n.t("dialog.close"));
        close.setId("dbSettingsClose");
        close.setCancelButton(true);
        content.getChildren().addAll(new Separator(), choice.root());
        // Messages beside the fields and the reason a database cannot be used make the form longer:
        // it scrolls rather than squeezing its lines, and "close" stays in view.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 20, 16, 20));
        root.setCenter(scroll);
        root.setBottom(bottom);
    }

    /** Shows the dialog over {@code owner}; it closes by itself once the app switched to the chosen database. */
    public static void show(Window owner, DatabaseChoiceViewModel vm, I18n i18n) {
        DatabaseSettingsDialog dialog = new DatabaseSettingsDialog(vm, i18n);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("dbSettings.title"));
        Scene scene = new Scene(dialog.root, WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Fonts.apply(dialog.root);
        stage.setScene(scene);
        vm.doneProperty().addListener((o, a, b) -> {
            if (b) {
                stage.close();
            }
        });
        Keys.area(dialog.root, "dbSettings.title").ifUnused(Keys.ESCAPE, "keys.dialog.close",
                e -> !vm.busyProperty().get(), stage::close);
        KeyHelp.install(Keys.area(scene, "keys.area.window"), scene, () -> i18n);
        dialog.close.setOnAction(e -> stage.close());
        dialog.close.disableProperty().bind(vm.busyProperty());
        stage.show();
        // A shown stage is not focused by itself (JavaFX 20+): the dialog takes the keyboard.
        stage.requestFocus();
        dialog.choice.focus();
    }
}
