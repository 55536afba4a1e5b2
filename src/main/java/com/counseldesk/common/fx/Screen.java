package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/**
 * A screen the main window shows in a tab (the desk, search, a family page). It keeps its state in
 * its view model and builds a fresh view on request, so a language switch rebuilds it with nothing
 * typed lost. The key says which tab it is: opening a screen whose key is open selects that tab.
 */
public interface Screen {
    String key();

    String title(I18n i18n);

    /** A new view of this screen in the given language. */
    Node build(I18n i18n);

    /** Puts the cursor where work on this screen starts (after {@link #build}). */
    default void focus() {
    }

    default boolean closable() {
        return true;
    }
}
