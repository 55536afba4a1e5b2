package com.counseldesk.report.importing.ui;

import com.counseldesk.common.fx.ViewScreen;

/** The import of old registers (导入旧表), a manager's screen in a tab of its own. */
public final class ImportScreen extends ViewScreen {
    public static final String KEY = "import";

    public ImportScreen(ImportViewModel vm) {
        super(KEY, "import.title", i18n -> new ImportView(vm, i18n), vm::load, true);
    }
}
