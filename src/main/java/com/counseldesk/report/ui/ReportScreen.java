package com.counseldesk.report.ui;

import com.counseldesk.common.fx.ViewScreen;

/**
 * The monthly report (月度报表) in a tab of its own: the dashboard and the workbook export; the month
 * chosen is read again with each new view (another PC may have added to it).
 */
public final class ReportScreen extends ViewScreen {
    public static final String KEY = "report";

    public ReportScreen(ReportViewModel vm) {
        super(KEY, "report.screen", i18n -> new ReportView(vm, i18n), vm::load, true);
    }
}
