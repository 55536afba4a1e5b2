package com.counseldesk.contract.ui;

import com.counseldesk.common.fx.ViewScreen;

/** The course catalogue (课程目录), a manager's screen in a tab of the main window. */
public final class CatalogueScreen extends ViewScreen {
    public static final String KEY = "catalogue";

    public CatalogueScreen(CatalogueViewModel vm) {
        super(KEY, "contract.catalogue.tab", i18n -> new CatalogueView(vm, i18n), vm::load, false);
    }
}
