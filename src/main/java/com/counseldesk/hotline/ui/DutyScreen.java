package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.ViewScreen;

/** The duty screen (热线轮值) in a tab of the main window. */
public final class DutyScreen extends ViewScreen {
    public static final String KEY = "duty";

    public DutyScreen(DutyViewModel vm) {
        super(KEY, "hotline.duty.tab", i18n -> new DutyView(vm, i18n), vm::load, false);
    }
}
