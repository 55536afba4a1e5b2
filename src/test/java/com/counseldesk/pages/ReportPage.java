package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.chart.Chart;
import org.testfx.api.FxRobot;

/** The monthly report (月度报表), a manager's screen: the month, the export, the dashboard. */
public final class ReportPage extends Page {
    public ReportPage(FxRobot robot) {
        super(robot);
        node("reportView");
    }

    /** Waits until the month's figures are on screen. */
    public ReportPage expectRead() {
        Wait.until("the month's figures", () -> find("figure-CONTRACTS").isPresent());
        return this;
    }

    /** The month chosen, as shown: "2026-10". */
    public String month() {
        return text("reportMonth");
    }

    /** A figure's value this month as the dashboard shows it, by the figure's name ("CONTRACTS"). */
    public String figure(String name) {
        return text("figure-" + name);
    }

    /** Whether a chart (by id: funnelChart, weeklyChart, counselorChart, clientTypeChart) is there, with its title. */
    public String chartTitle(String id) {
        Chart chart = node(id);
        return chart.getTitle();
    }

    public String exportButton() {
        return text("exportButton");
    }

    /** Whether the progress bar and the cancel button are in sight (only while an export runs). */
    public boolean showsProgress() {
        return isShown("exportProgress") || isShown("cancelExportButton");
    }
}
