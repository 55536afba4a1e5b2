package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/**
 * A feature's part of the family page (the consult feature's client-type tags and intent levels),
 * shown in a column beside the page's own, where it stays in sight while the counselor works on
 * the page. The page knows no feature: the app adds the parts, as it passes the timeline's actions.
 */
public interface PagePart {
    /** A new view of the part in the given language (the page is built again on a language switch). */
    Node build(I18n i18n);

    /** Reads what the part shows again: the page was opened, read again or saved. */
    void load();

    /** Declares the keys the part handles anywhere on the family page (its own keys stay on its nodes). */
    default void keys(Keys page) {
    }
}
