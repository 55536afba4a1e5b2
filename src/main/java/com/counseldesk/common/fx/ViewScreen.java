package com.counseldesk.common.fx;

import com.counseldesk.common.i18n.I18n;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A screen made of one view over one view model (the staff list, the client types, the duty order): a
 * fresh view per language, the cursor put where the view says work starts, and the view model's data
 * read again on {@link #refresh} (and, when asked, each time a view is built, so that what another PC
 * changed shows).
 */
public class ViewScreen implements Screen {
    /** What the screen needs of its view. */
    public interface View {
        Parent root();

        /** Puts the cursor where work on the screen starts. */
        void focus();
    }

    private final String key;
    private final String titleKey;
    private final Function<I18n, View> newView;
    private final Runnable load;
    private final boolean loadOnBuild;
    private View view;

    /**
     * {@code titleKey}: the tab's title in the bundles; {@code load}: reads the view model's data again;
     * {@code loadOnBuild}: also whenever a view is built.
     */
    protected ViewScreen(String key, String titleKey, Function<I18n, View> newView, Runnable load,
            boolean loadOnBuild) {
        this.key = key;
        this.titleKey = titleKey;
        this.newView = newView;
        this.load = load;
        this.loadOnBuild = loadOnBuild;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String title(I18n i18n) {
        return i18n.t(titleKey);
    }

    @Override
    public final Node build(I18n i18n) {
        view = newView.apply(i18n);
        if (loadOnBuild) {
            load.run();
        }
        return view.root();
    }

    @Override
    public final void focus() {
        if (view != null) {
            view.focus();
        }
    }

    @Override
    public final void refresh() {
        load.run();
    }
}
