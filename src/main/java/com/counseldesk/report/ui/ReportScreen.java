package com.counseldesk.report.ui;

import com.counseldesk.common.fx.Screen;
import com.counseldesk.common.i18n.I18n;
import javafx.scene.Node;

/** The monthly report (月度报表) in a tab of its own: the dashboard and the workbook export. */
public final class ReportScreen implements Screen {
    public static final String KEY = "report";
    private final ReportViewModel vm;
    private ReportView view;

    public ReportScreen(ReportViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title(I18n i18n) {
        return i18n.t("report.screen");
    }

    /** A new view (in the language chosen); the month is read when the screen is first shown. */
    @Override
    public Node build(I18n i18n) {
        if (view == null) {
            vm.load();
        }
        view = new ReportView(vm, i18n);
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
