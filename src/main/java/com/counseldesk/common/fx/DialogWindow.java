package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A form's dialog as a window over the main one (planning a follow-up, taking a payment …), as tall as their form (growing with its
 * messages): the app's stylesheets and font, Enter saves (unless a button or an open list takes it),
 * Escape closes without saving, F1 lists the keys.
 */
public final class DialogWindow {
    private DialogWindow() {
    }

    /** The dialog's foot: the message that concerns no field on the left, then the save and close buttons. */
    public static HBox foot(Label message, Button save, Button close) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox foot = new HBox(8, message, spacer, save, close);
        foot.setAlignment(Pos.CENTER_LEFT);
        return foot;
    }

    /** Shows {@code root} in a window of its own titled {@code titleKey}, as tall as it needs; returns the window. */
    public static Stage show(Window owner, Parent root, String titleKey, I18n i18n, double width, Runnable save) {
        Stage stage = window(owner, root, i18n.t(titleKey), i18n, width);
        Keys.area(root, titleKey)
                .ifUnused(Keys.ENTER, "keys.form.save", e -> !(e.getTarget() instanceof Button)
                        && !(e.getTarget() instanceof ComboBox<?> c && c.isShowing())
                        && !(e.getTarget() instanceof DatePicker p && p.isShowing()), save)
                .ifUnused(Keys.ESCAPE, "keys.dialog.close", stage::close);
        return open(stage);
    }

    /**
     * The window of such a dialog, titled {@code title}, not shown yet: modal over {@code owner}, {@code width}
     * wide and as tall as {@code root} needs, with F1; the caller declares the dialog's own keys on
     * {@code root}, then {@link #open opens} it.
     */
    public static Stage window(Window owner, Parent root, String title, I18n i18n, double width) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, -1);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Fonts.apply(root);
        stage.setScene(scene);
        // Messages under the fields make the form taller: the window grows with it, the buttons stay in sight.
        scene.addPostLayoutPulseListener(() -> {
            if (root.prefHeight(scene.getWidth()) > scene.getHeight() + 0.5) {
                stage.sizeToScene();
            }
        });
        KeyHelp.install(Keys.area(scene, "keys.area.window"), scene, () -> i18n);
        return stage;
    }

    /**
     * When {@code stage} closes, the keyboard is back on the window it belongs to and on the control
     * that had it there when this was called (before the stage is shown).
     */
    public static void focusBackWhenClosed(Stage stage) {
        Window owner = stage.getOwner();
        Scene scene = owner == null ? null : owner.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (owner != null) {
                owner.requestFocus();
            }
            if (focused != null && focused.getScene() == scene) {
                focused.requestFocus();
            }
        });
    }

    /** Shows a dialog's window made by {@link #window}; it takes the keyboard. */
    public static Stage open(Stage stage) {
        stage.show();
        // A shown stage is not focused by itself (JavaFX 20+): the dialog takes the keyboard.
        stage.requestFocus();
        return stage;
    }
}
