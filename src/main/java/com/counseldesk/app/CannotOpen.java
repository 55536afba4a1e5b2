package com.counseldesk.app;

import com.counseldesk.common.db.DatabaseException;
import com.counseldesk.common.fx.Fonts;
import com.counseldesk.common.fx.FxDialogService;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.ui.DatabaseChoiceView;
import com.counseldesk.office.ui.DatabaseChoiceViewModel;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The first window when the office's server could not be used at start (switched off, the network
 * down, a password changed): it says why, and offers the choice of database with the server's
 * details filled in, so that the person can try again or choose another database instead of being
 * shown the door. Like the opening window it speaks Chinese: the office's language is in the database.
 */
final class CannotOpen {
    private static final double WIDTH = 720;

    private CannotOpen() {
    }

    /** Shows the window; {@code ready} gets the database that could be opened, on the FX thread. */
    static void show(Stage stage, Scene scene, DatabaseException reason, DbSettings dbSettings, Clock clock,
            Consumer<Startup> ready) {
        I18n i18n = new I18n(I18n.CHINESE);
        DatabaseChoiceViewModel vm = DatabaseChoiceViewModel.forFailedStart(reason.address(), dbSettings.settings(),
                address -> {
                    Startup startup = Startup.open(address, clock);
                    return () -> ready.accept(startup);
                }, Shell.connecting(), new FxDialogService(stage, () -> i18n), dbSettings.overridden());
        DatabaseChoiceView choice = new DatabaseChoiceView(vm, i18n);

        VBox root = new VBox(12);
        root.setId("cannotOpenView");
        root.setPadding(new Insets(24));
        root.setMaxWidth(WIDTH);
        Label title = new Label(i18n.t("db.error.title"));
        title.setId("cannotOpenTitle");
        title.getStyleClass().add("title-2");
        Label message = new Label(App.cannotOpen(i18n, reason));
        message.setId("cannotOpenMessage");
        message.setWrapText(true);
        message.getStyleClass().add("field-error");
        Label hint = new Label(i18n.t("dbChoice.tryAgain"));
        hint.setWrapText(true);
        Button quit = new Button(i18n.t("dbChoice.quit"));
        quit.setId("quitButton");
        quit.setOnAction(e -> Platform.exit());
        HBox bottom = new HBox(quit);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(title, message, hint, new Separator(), choice.root(), bottom);

        StackPane centered = new StackPane(root);
        StackPane.setAlignment(root, Pos.CENTER);
        Fonts.apply(centered);
        scene.setRoot(centered);
        stage.setTitle(i18n.t("app.title"));
        stage.show();
        stage.requestFocus();
        choice.focus();
    }
}
