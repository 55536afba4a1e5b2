package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.ViewScreen;
import java.util.function.LongConsumer;

/** The call list (热线记录) in a tab of the main window. */
public final class CallListScreen extends ViewScreen {
    public static final String KEY = "calls";

    /** {@code openFamily} opens a family's page (Enter or a double-click on a call). */
    public CallListScreen(CallListViewModel vm, LongConsumer openFamily) {
        super(KEY, "hotline.calls.tab", i18n -> new CallListView(vm, i18n, openFamily), vm::load, false);
    }
}
