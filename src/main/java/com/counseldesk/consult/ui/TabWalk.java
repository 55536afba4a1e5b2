package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Forms;
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
public final class TabWalk {
    private TabWalk() {
    }

    /** Makes Tab and Shift+Tab in {@code area} move through the controls inside {@code form}. */
    public static void leaveOnTab(TextArea area, Parent form) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                List<Node> order = Forms.focusable(form);
                int at = order.indexOf(area);
                if (at >= 0 && order.size() > 1) {
                    int step = e.isShiftDown() ? -1 : 1;
                    order.get(Math.floorMod(at + step, order.size())).requestFocus();
                }
            }
        });
    }
}
