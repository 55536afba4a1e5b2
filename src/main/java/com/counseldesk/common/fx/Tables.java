package com.counseldesk.common.fx;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Read-only tables of text, as the lists of households and of records show them. */
public final class Tables {
    private Tables() {
    }

    /** A column of text under {@code header}; a cell too narrow for its text shows all of it as a tooltip. */
    public static <T> TableColumn<T, String> textColumn(String header, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /**
     * Keeps a table's selected row and a view model's chosen item the same both ways: a row the person
     * picks becomes the chosen item; an item the view model chooses (a new arrival, say) is selected
     * and scrolled into view, however long the list; none chosen clears the selection.
     */
    public static <T> void bindSelection(TableView<T> table, ObjectProperty<T> chosen) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                chosen.set(b);
            }
        });
        chosen.addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
            table.scrollTo(b);
        });
        if (chosen.get() != null) {
            table.getSelectionModel().select(chosen.get());
        }
    }
}
