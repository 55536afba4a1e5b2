package com.counseldesk.office.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/** The staff screen (员工管理) in a tab of its own. */
public final class StaffScreen implements Screen {
    public static final String KEY = "staff";
    private final StaffViewModel vm;
    private StaffView view;

    public StaffScreen(StaffViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("staffAdmin.title");
    }

    /** A new view; the list is read again, so that what another PC changed shows. */
    @Override
    public Node build(I18n i18n) {
        view = new StaffView(vm, i18n);
        vm.load();
        return view.root();
    }

    @Override
    public void focus() {
        if (view != null) {
            view.focus();
        }
    }

    @Override
    public void refresh() {
        vm.load();
    }
}
