package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The family page's small inline forms, built the same way: labelled rows with the message under
 * the field, Save and Cancel, Enter saves and Escape cancels. Every control's id starts with the
 * form's prefix ("contact-12-name", "contact-12-nameError", "contact-12-save").
 */
final class FormNodes {
    private final EditForm form;
    private final String prefix;
    private final I18n i18n;
    private final GridPane grid = Forms.grid();
    private int row;
    private Node first;

    FormNodes(EditForm form, String prefix, I18n i18n) {
        this.form = form;
        this.prefix = prefix;
        this.i18n = i18n;
        grid.setPadding(new Insets(4, 0, 4, 0));
    }

    /** A text field bound to {@code value}; {@code field} is the form's field name, or null when it has no rule. */
    TextField text(String name, String labelKey, String field, StringProperty value) {
        TextField f = new TextField();
        f.setId(prefix + "-" + name);
        f.textProperty().bindBidirectional(value);
        first = first == null ? f : first;
        Forms.row(grid, row++, i18n.t(labelKey), f, prefix + "-" + name, field == null ? null : form.error(field),
                i18n);
        return f;
    }

    <T> ComboBox<T> combo(String name, String labelKey, Collection<T> items, Function<T, String> label,
            Property<T> value, String field) {
        ComboBox<T> box = Forms.combo(prefix + "-" + name, items, label);
        box.valueProperty().bindBidirectional(value);
        first = first == null ? box : first;
        Forms.row(grid, row++, i18n.t(labelKey), box, prefix + "-" + name, field == null ? null : form.error(field),
                i18n);
        return box;
    }

    /** The form with its buttons and the message that concerns no field; shown while the form is open. */
    Node build(String saveKey) {
        Button save = new Button(i18n.t(saveKey));
        save.setId(prefix + "-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.savingProperty());
        save.setOnAction(e -> form.save());
        Button cancel = new Button(i18n.t("family.cancel"));
        cancel.setId(prefix + "-cancel");
        cancel.setOnAction(e -> form.cancel());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.add(buttons, 1, row++);
        Label message = Forms.errorLabel(prefix + "-message", form.messageProperty(), i18n);
        grid.add(message, 1, row++);
        VBox box = new VBox(grid);
        box.getStyleClass().add("family-form");
        box.visibleProperty().bind(form.openProperty());
        box.managedProperty().bind(box.visibleProperty());
        // The cursor goes to the first field when the form opens; the form holds the listener only weakly.
        ChangeListener<Boolean> focus = (o, was, now) -> {
            if (now && first != null) {
                Platform.runLater(first::requestFocus);
            }
        };
        box.getProperties().put(ChangeListener.class, focus);
        form.openProperty().addListener(new WeakChangeListener<>(focus));
        Keys.area(box, "keys.area.familyForm")
                .ifUnused(Keys.ENTER, "keys.form.save", e -> !(e.getTarget() instanceof Button)
                        && !(e.getTarget() instanceof ComboBox<?> c && c.isShowing()), form::save)
                .ifUnused(Keys.ESCAPE, "keys.form.cancel", form::cancel);
        return box;
    }
}
