package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** A table's rows as the user reads them: column header → cell text, top to bottom; and the row a cell shows. */
final class TableRows {
    private TableRows() {
    }

    static List<Map<String, String>> of(TableView<?> table) {
        return Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.getItem() != null && r.isVisible())
                .map(n -> (TableRow<?>) n)
                .sorted(Comparator.comparingInt(TableRow::getIndex))
                .map(TableRows::cells)
                .toList());
    }

    /** The style classes of the row whose cell under {@code header} reads {@code value} (e.g. "voided"). */
    static List<String> styleOf(TableView<?> table, String header, String value) {
        return Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && value.equals(cells(r).get(header)))
                .findFirst().map(n -> List.copyOf(n.getStyleClass())).orElse(List.of()));
    }

    /** The cell under {@code header} that reads {@code value}, to click. */
    static TableCell<?, ?> cell(TableView<?> table, String header, String value) {
        return Fx.get(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.getTableColumn() != null
                        && header.equals(c.getTableColumn().getText()) && value.equals(c.getText()))
                .map(n -> (TableCell<?, ?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("No cell " + header + " = " + value + " in " + of(table))));
    }

    private static Map<String, String> cells(TableRow<?> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null) {
                cells.put(c.getTableColumn().getText(), c.getText() == null ? "" : c.getText());
            }
        }
        return cells;
    }
}
