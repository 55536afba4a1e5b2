package com.counseldesk.family.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import java.time.Clock;
import java.util.function.LongConsumer;
import javafx.scene.Node;

/** Find anyone, in a tab of its own (Ctrl+F from every screen). */
public final class SearchScreen implements Screen {
    public static final String KEY = "search";
    private final SearchViewModel vm;
    private final Clock clock;
    private final LongConsumer openFamily;
    private SearchView view;

    /** {@code openFamily} opens a household's family page (Enter or a double click on a household). */
    public SearchScreen(SearchViewModel vm, Clock clock, LongConsumer openFamily) {
        this.vm = vm;
        this.clock = clock;
        this.openFamily = openFamily;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("search.title");
    }

    /** A new view; the list is read again, so that what changed meanwhile shows. */
    @Override
    public Node build(I18n i18n) {
        view = new SearchView(vm, i18n, clock, openFamily);
        vm.search();
        return view.root();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focusField();
        }
    }

    @Override
    public void refresh() {
        vm.search();
    }

    public SearchViewModel viewModel() {
        return vm;
    }
}
