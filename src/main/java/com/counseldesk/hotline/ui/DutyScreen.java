package com.counseldesk.hotline.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/** The duty screen (热线轮值) in a tab of the main window. */
public final class DutyScreen implements Screen {
    public static final String KEY = "duty";
    private final DutyViewModel vm;
    private DutyView view;

    public DutyScreen(DutyViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("hotline.duty.tab");
    }

    @Override
    public Node build(I18n i18n) {
        view = new DutyView(vm, i18n);
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
