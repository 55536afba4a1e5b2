package com.counseldesk.office.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A closed combo box changes its value on ↑/↓ without showing anything, and a following Enter acts
 * on a choice the person never saw. On the role boxes ↑/↓ open the list instead; the choice is
 * made in the open list, where it is seen.
 */
final class RoleKeys {
    private RoleKeys() {
    }

    static void noSilentChange(ComboBox<?> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) && !box.isShowing()) {
                box.show();
                e.consume();
            }
        });
    }
}
