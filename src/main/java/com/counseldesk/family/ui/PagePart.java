package com.counseldesk.family.ui;

import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/**
 * A feature's part of the family page (the household's consultation notes, say), shown above its
 * people. The page knows no feature: the app passes the parts, as it passes the timeline's actions.
 * A part keeps its state itself, builds a new view for each language and is read again with the page.
 */
public interface PagePart {
    Node build(I18n i18n);

    /** Reads what it shows again (the page was read again). */
    void refresh();
}
