package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A screen the main window shows in a tab (the desk, search, a family page). It keeps its state in
 * its view model and builds a fresh view on request, so a language switch rebuilds it with nothing
 * typed lost. The key says which tab it is: opening a screen whose key is open selects that tab.
 */
public interface Screen {
    String key();

    String title(I18n i18n);

    /**
     * The tab's title as it changes (a family page knows its students' names only once it has read
     * them); by default the fixed {@link #title}.
     */
    default ObservableValue<String> titleValue(I18n i18n) {
        return new ReadOnlyStringWrapper(title(i18n)).getReadOnlyProperty();
    }

    /** A new view of this screen in the given language. */
    Node build(I18n i18n);

    /** Puts the cursor where work on this screen starts (after {@link #build}). */
    default void focus() {
    }

    /** Reads what it shows again, after a change made on another screen (a visit corrected, say). */
    default void refresh() {
    }

    default boolean closable() {
        return true;
    }

    /**
     * Asked when the person closes the tab (its ×): false keeps it open. A screen with typed work that
     * is not stored asks first whether to throw it away.
     */
    default boolean mayClose() {
        return true;
    }
}
