package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.ArrayList;
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

    private static void collect(Node node, Map<String, List<String>> out) {
        if (node instanceof Label title && title.getStyleClass().contains("key-help-section")) {
            out.put(title.getText(), new ArrayList<>());
            return;
        }
        if (node instanceof GridPane grid && !out.isEmpty()) {
            Map<Integer, String> keys = new TreeMap<>();
            Map<Integer, String> what = new TreeMap<>();
            for (Node cell : grid.getChildren()) {
                Integer row = GridPane.getRowIndex(cell);
                if (cell instanceof Label l && l.getStyleClass().contains("key-help-keys")) {
                    keys.put(row, l.getText());
                } else if (cell instanceof Label l && l.getStyleClass().contains("key-help-what")) {
                    what.put(row, l.getText());
                }
            }
            List<String> lines = new ArrayList<>(out.values()).get(out.size() - 1);
            keys.forEach((row, k) -> lines.add(k + "  " + what.get(row)));
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
