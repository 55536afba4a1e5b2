package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Keys;
import java.util.List;
import javafx.scene.control.ComboBox;

/**
 * A closed combo box changes its value on ↑/↓ without showing anything, and a following Enter acts
 * on a choice the person never saw. On the role boxes ↑/↓ open the list instead; the choice is
 * made in the open list, where it is seen.
 */
final class RoleKeys {
    private RoleKeys() {
    }

    /** Declared with the keys of the screen's area {@code keys}, so that the shortcut list shows it. */
    static void noSilentChange(Keys keys, ComboBox<?> box) {
        keys.on(box, List.of(Keys.UP, Keys.DOWN), "keys.role.open", e -> !box.isShowing(), box::show);
    }
}
