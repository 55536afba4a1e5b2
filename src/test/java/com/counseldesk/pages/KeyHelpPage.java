package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.testfx.api.FxRobot;

/**
 * The shortcut list that F1 shows over a window: its sections (the areas of the screen) with their
 * lines, each read as the user reads it, "keys  what they do" (e.g. "Ctrl+N  新登记：…").
 */
public final class KeyHelpPage extends Page {
    private static final String VIEW = "keyHelpView";

    public KeyHelpPage(FxRobot robot) {
        super(robot);
        node(VIEW);
    }

    /** Section title → its lines "keys  what", top to bottom. */
    public Map<String, List<String>> sections() {
        Parent view = node(VIEW);
        return Fx.get(() -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            collect(view, out);
            return out;
        });
    }

    /** Every line of every section, "keys  what". */
    public List<String> lines() {
        return sections().values().stream().flatMap(List::stream).toList();
    }

    /** The section titles, top to bottom. */
    public List<String> titles() {
        return List.copyOf(sections().keySet());
    }

    /** The line of {@code keys} in the section titled {@code section}, or "" when it has none. */
    public String line(String section, String keys) {
        return sections().getOrDefault(section, List.of()).stream().filter(l -> l.startsWith(keys + "  "))
                .findFirst().orElse("");
    }

    /** What the list says at its foot about closing it: "Esc / F1  关闭". */
    public String closing() {
        return text("keyHelpClose");
    }

    public boolean isOpen() {
        return isShown(VIEW);
    }

    /** Esc closes the list. */
    public void closeWithEscape() {
        press(KeyCode.ESCAPE);
        Wait.until("the shortcut list to close", () -> !isOpen());
    }

    /** F1 again closes the list. */
    public void closeWithF1() {
        press(KeyCode.F1);
        Wait.until("the shortcut list to close", () -> !isOpen());
    }

    /** Reads the list's grid row by row: a section's title, then its lines (keys, what they do). */
    private static void collect(Parent view, Map<String, List<String>> out) {
        GridPane grid = (GridPane) view.lookup(".key-help-list");
        Map<Integer, List<Label>> rows = new TreeMap<>();
        for (Node cell : grid.getChildren()) {
            rows.computeIfAbsent(GridPane.getRowIndex(cell), r -> new ArrayList<>()).add((Label) cell);
        }
        List<String> lines = null;
        for (List<Label> row : rows.values()) {
            row.sort(Comparator.comparingInt(l -> GridPane.getColumnIndex(l)));
            if (row.get(0).getStyleClass().contains("key-help-section")) {
                lines = new ArrayList<>();
                out.put(row.get(0).getText(), lines);
            } else {
                lines.add(row.get(0).getText() + "  " + row.get(1).getText());
            }
        }
    }
}
