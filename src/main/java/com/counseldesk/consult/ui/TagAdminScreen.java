package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/** The manager's client-type tags screen (咨询者类型) in a tab of its own. */
public final class TagAdminScreen implements Screen {
    public static final String KEY = "clientTags";
    private final TagAdminViewModel vm;
    private TagAdminView view;

    public TagAdminScreen(TagAdminViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("consult.admin.title");
    }

    /** A new view; the list is read again, so that what another PC changed shows. */
    @Override
    public Node build(I18n i18n) {
        view = new TagAdminView(vm, i18n);
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
