package com.counseldesk.consult.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab out of a text area: a {@link TextArea} types a tab character on Tab, so in a form of several
 * areas the keyboard would stay stuck in the first. Here Tab and Shift+Tab go to the next and the
 * previous control of the form, in the order the form shows them, round at the ends, as in a field.
 */
final class TabWalk {
    private TabWalk() {
    }

    /** Makes Tab and Shift+Tab in {@code area} move through the controls inside {@code form}. */
    static void leaveOnTab(TextArea area, Parent form) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                List<Node> order = new ArrayList<>();
                collect(form, order);
                int at = order.indexOf(area);
                if (at >= 0 && order.size() > 1) {
                    int step = e.isShiftDown() ? -1 : 1;
                    order.get(Math.floorMod(at + step, order.size())).requestFocus();
                }
            }
        });
    }

    /** The controls that take the focus, in the order they are in the form. */
    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            out.add(node);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
