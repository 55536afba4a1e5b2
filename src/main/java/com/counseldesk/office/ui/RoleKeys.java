package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Keys;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * A closed combo box changes its value on ↑/↓ without showing anything, and a following Enter acts
 * on a choice the person never saw. On the role boxes ↑/↓ open the list instead, and so does typing
 * (a name typed into the role box by mistake would choose a role); the choice is made in the open
 * list, where it is seen.
 */
final class RoleKeys {
    private RoleKeys() {
    }

    /** Declared with the keys of the screen's area {@code keys}, so that the shortcut list shows it. */
    static void noSilentChange(Keys keys, ComboBox<?> box) {
        keys.on(box, List.of(Keys.UP, Keys.DOWN), "keys.role.open", e -> !box.isShowing(), box::show);
        // Typing opens the list only: the typed letter goes on to choose in it.
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!box.isShowing() && !c.isEmpty() && Character.isLetterOrDigit(c.codePointAt(0))
                    && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                box.show();
            }
        });
    }
}
