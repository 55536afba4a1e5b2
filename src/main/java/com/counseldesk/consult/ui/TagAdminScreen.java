package com.counseldesk.consult.ui;

import com.counseldesk.common.fx.ViewScreen;

/** The manager's client-type tags screen (咨询者类型) in a tab of its own; read again with each new view. */
public final class TagAdminScreen extends ViewScreen {
    public static final String KEY = "clientTags";

    public TagAdminScreen(TagAdminViewModel vm) {
        super(KEY, "consult.admin.title", i18n -> new TagAdminView(vm, i18n), vm::load, true);
    }
}
