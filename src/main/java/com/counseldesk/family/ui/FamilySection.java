package com.counseldesk.family.ui;

import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/**
 * A part of the family page that another feature fills (its follow-ups, say): the page knows no
 * feature, so the app adds the sections of the features it has to each page it opens
 * ({@link FamilyPageScreen#addSection}), as they put entries on the timeline.
 */
public interface FamilySection {
    /** A new view of the section in the given language (the page is rebuilt on a language switch). */
    Node build(I18n i18n);

    /** Reads what it shows again: the page was opened, or read again after a change. */
    void refresh();
}
