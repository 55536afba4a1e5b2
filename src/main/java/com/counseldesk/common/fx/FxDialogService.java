package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, in the user's language. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Supplier<I18n> i18n;

    public FxDialogService(Window owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(Msg title, Msg message) {
        error(owner, i18n.get().t(title), i18n.get().t(message));
    }

    /** An error alert that waits for the user; usable before any window exists. */
    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("dialogMessage");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
        Fonts.apply(alert.getDialogPane());
        alert.showAndWait();
    }
}
