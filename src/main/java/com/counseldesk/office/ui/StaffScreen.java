package com.counseldesk.office.ui;

import com.counseldesk.common.fx.ViewScreen;

/** The staff screen (员工管理) in a tab of its own; the list is read again with each new view. */
public final class StaffScreen extends ViewScreen {
    public static final String KEY = "staff";

    public StaffScreen(StaffViewModel vm) {
        super(KEY, "staffAdmin.title", i18n -> new StaffView(vm, i18n), vm::load, true);
    }
}
