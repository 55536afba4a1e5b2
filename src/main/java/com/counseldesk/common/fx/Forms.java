package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders shared by the code-built forms: labelled rows with a message under the field. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /**
     * Adds "label: field" with the field's message (if it has one) below it; returns the row's box,
     * to which more can be added and whose visibility the label follows.
     */
    public static VBox row(GridPane grid, int row, String label, Node field, String id,
            ObservableValue<Msg> error, I18n i18n) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setId(id + "Label");
        VBox box = new VBox(2, field);
        if (error != null) {
            box.getChildren().add(errorLabel(id + "Error", error, i18n));
        }
        grid.add(name, 0, row);
        grid.add(box, 1, row);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        name.setPadding(new Insets(5, 0, 0, 0));
        name.visibleProperty().bind(box.visibleProperty());
        name.managedProperty().bind(box.managedProperty());
        return box;
    }

    /**
     * Marks the row {@code id} (as given to {@link #row}) as one that must be filled: a red asterisk
     * after its label; the form says once what the asterisk means ({@code form.requiredNote}).
     */
    public static void markRequired(GridPane grid, String id) {
        for (Node n : grid.getChildren()) {
            if (n instanceof Label label && (id + "Label").equals(label.getId())) {
                Label star = new Label("*");
                star.setId(id + "Required");
                star.getStyleClass().add("required-mark");
                label.setGraphic(star);
                label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                label.setGraphicTextGap(2);
                return;
            }
        }
        throw new IllegalArgumentException("No row " + id);
    }

    /** A red message that takes no room while there is nothing to say. */
    public static Label errorLabel(String id, ObservableValue<Msg> error, I18n i18n) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(error.getValue()), error));
        message.visibleProperty().bind(error.map(m -> true).orElse(false));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /**
     * Puts the cursor in {@code node} once it is on screen. A node outside a scene cannot take the
     * focus (a tab's content joins the scene only at the tab pane's first layout), and an early request
     * is ignored, leaving the scene's first focusable control with the cursor.
     */
    public static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene before, Scene after) {
                if (after != null) {
                    o.removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /** The controls inside {@code node} that take the focus (shown and enabled), in the order Tab visits them. */
    public static List<Node> focusable(Node node) {
        List<Node> out = new ArrayList<>();
        collectFocusable(node, out);
        return out;
    }

    private static void collectFocusable(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            out.add(node);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectFocusable(child, out);
            }
        }
    }

    /**
     * Scrolls {@code pane} so that a control inside it that gets the keyboard focus (Tab, a refused
     * save putting the cursor on a field) is in sight: a form taller than the window is then worked
     * from the keyboard alone, without the mouse wheel. The focused control also stays in sight when
     * the form changes height under it (data arriving after the cursor was placed, a message shown
     * above it) or the window is resized.
     */
    public static void keepFocusInSight(ScrollPane pane) {
        Runnable follow = () -> {
            Scene scene = pane.getScene();
            Node focused = scene == null ? null : scene.getFocusOwner();
            if (focused != null && pane.getContent() != null && isInside(focused, pane.getContent())) {
                Platform.runLater(() -> scrollTo(pane, focused));
            }
        };
        ChangeListener<Object> onChange = (o, before, now) -> follow.run();
        pane.sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.focusOwnerProperty().removeListener(onChange);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onChange);
            }
        });
        pane.viewportBoundsProperty().addListener(onChange);
        ChangeListener<Bounds> onContentSize = (o, before, now) -> {
            if (before == null || before.getHeight() != now.getHeight()) {
                follow.run();
            }
        };
        pane.contentProperty().addListener((o, before, content) -> {
            if (before != null) {
                before.layoutBoundsProperty().removeListener(onContentSize);
            }
            if (content != null) {
                content.layoutBoundsProperty().addListener(onContentSize);
            }
        });
        if (pane.getContent() != null) {
            pane.getContent().layoutBoundsProperty().addListener(onContentSize);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls vertically just enough for {@code node} (and the message under it) to be in the viewport. */
    private static void scrollTo(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        double viewport = pane.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        if (extra <= 0 || node.getScene() == null) {
            return;
        }
        Node shown = node.getParent() instanceof VBox row ? row : node;
        Bounds b = content.sceneToLocal(shown.localToScene(shown.getBoundsInLocal()));
        double top = pane.getVvalue() * extra;
        if (b.getMinY() < top) {
            pane.setVvalue(Math.max(0, b.getMinY() / extra));
        } else if (b.getMaxY() > top + viewport) {
            pane.setVvalue(Math.min(1, (b.getMaxY() - viewport) / extra));
        }
    }

    /** A screen's heading: the title on the left, the language switch on the right. */
    public static HBox header(Label title, Node languageBox) {
        title.getStyleClass().add("title-2");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, languageBox);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /**
     * A list's filter box: {@code any} or one of {@code choices} (the list itself, so that choices read
     * later show), bound both ways to {@code chosen}, as wide as {@code width}.
     */
    public static <T> ComboBox<Pick<T>> filter(String id, ObservableList<Pick<T>> choices, Property<Pick<T>> chosen,
            String any, Function<T, String> label, double width) {
        ComboBox<Pick<T>> box = combo(id, choices, p -> p.value() == null ? any : label.apply(p.value()));
        box.setItems(choices);
        box.valueProperty().bindBidirectional(chosen);
        box.setPrefWidth(width);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A combo box that shows each item through {@code label}; typing chooses in it ({@link TypeAhead}). */
    public static <T> ComboBox<T> combo(String id, Collection<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : label.apply(item));
            }
        });
        TypeAhead.attach(box, label);
        return box;
    }
}
