package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/** The course catalogue (课程目录), a manager's screen in a tab of the main window. */
public final class CatalogueScreen implements Screen {
    public static final String KEY = "catalogue";
    private final CatalogueViewModel vm;
    private CatalogueView view;

    public CatalogueScreen(CatalogueViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("contract.catalogue.tab");
    }

    @Override
    public Node build(I18n i18n) {
        view = new CatalogueView(vm, i18n);
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
