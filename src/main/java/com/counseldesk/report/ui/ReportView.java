package com.counseldesk.report.ui;

import com.counseldesk.common.fx.ExportBar;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.fx.Keys;
import com.counseldesk.common.fx.ViewScreen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.report.Figure;
import com.counseldesk.report.Measure;
import com.counseldesk.report.MonthReport;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The monthly report screen: the month, 导出 Excel with its progress bar, 取消 and 打开文件夹 on top; under
 * them the month at a glance — the key figures beside last month's, the funnel, visits by channel per
 * week, per-counselor bars and the client-type mix — all counted as the workbook counts them.
 */
public final class ReportView implements ViewScreen.View {
    private final ReportViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ComboBox<java.time.YearMonth> month;
    private final GridPane figures = new GridPane();
    private final TilePane charts = new TilePane(12, 12);
    /** Held here, attached weakly: a view rebuilt (a language switch) leaves no listener behind. */
    private final ChangeListener<MonthReport> shown = (o, a, b) -> show(b);

    public ReportView(ReportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setId("reportView");
        Label title = new Label(i18n.t("report.screen"));
        title.getStyleClass().add("title-3");
        month = Forms.combo("reportMonth", List.of(), ym -> ym.toString());
        month.setItems(vm.months());
        month.valueProperty().bindBidirectional(vm.monthProperty());
        HBox export = ExportBar.of(vm.exporter(), vm::export, i18n);
        HBox top = new HBox(10, title, new Label(i18n.t("report.month")), month, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 14, 6, 14));
        top.getStyleClass().add("family-header");

        figures.setId("reportFigures");
        figures.setHgap(16);
        figures.setVgap(4);
        charts.setId("reportCharts");
        charts.setPrefColumns(2);
        charts.setPrefTileWidth(560);
        charts.setPrefTileHeight(320);
        Label note = new Label(i18n.t("report.sameAsWorkbook"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        VBox body = new VBox(12, figures, note, charts);
        body.setPadding(new Insets(8, 14, 14, 14));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.setTop(top);
        root.setCenter(scroll);
        ExportBar.keys(Keys.area(root, "keys.area.report"), vm.exporter(), vm::export);
        vm.reportProperty().addListener(new WeakChangeListener<>(shown));
        show(vm.reportProperty().get());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void focus() {
        month.requestFocus();
    }

    private void show(MonthReport r) {
        figures.getChildren().clear();
        charts.getChildren().clear();
        if (r == null) {
            return;
        }
        figures.add(header(i18n.t("report.col.figure")), 0, 0);
        figures.add(header(i18n.t("report.col.thisMonth", r.month().toString())), 1, 0);
        figures.add(header(i18n.t("report.col.lastMonth", r.month().previous().toString())), 2, 0);
        int row = 1;
        for (Figure f : Figure.values()) {
            Label name = new Label(i18n.label(f));
            Label now = new Label(FigureText.of(f, r.office().get(f)));
            now.setId("figure-" + f.name());
            Label before = new Label(FigureText.of(f, r.previous().get(f)));
            figures.addRow(row++, name, now, before);
        }
        charts.getChildren().addAll(funnel(r), weekly(r), counselors(r), clientTypes(r));
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private Chart funnel(MonthReport r) {
        NumberAxis x = new NumberAxis();
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        s.setName(i18n.t("report.col.households"));
        Measure called = r.office().get(Figure.CALL_TO_VISIT);
        Measure visited = r.office().get(Figure.VISIT_TO_CONTRACT);
        s.getData().add(new XYChart.Data<>(visited.value(), i18n.t("report.funnel.signed")));
        s.getData().add(new XYChart.Data<>(visited.base(), i18n.t("report.funnel.visited")));
        s.getData().add(new XYChart.Data<>(called.base(), i18n.t("report.funnel.called")));
        chart.getData().add(s);
        return titled(chart, "funnelChart", "report.chart.funnel");
    }

    private Chart weekly(MonthReport r) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        for (Channel c : Channel.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(i18n.label(c));
            long sum = 0;
            for (Map.Entry<Integer, Map<Channel, Long>> week : r.visitsByWeek().entrySet()) {
                long n = week.getValue().getOrDefault(c, 0L);
                sum += n;
                s.getData().add(new XYChart.Data<>(i18n.t("report.week", week.getKey()), n));
            }
            if (sum > 0) {
                chart.getData().add(s);
            }
        }
        return titled(chart, "weeklyChart", "report.chart.weekly");
    }

    private Chart counselors(MonthReport r) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        for (Figure f : List.of(Figure.VISITS, Figure.CONTRACTS, Figure.FOLLOW_UPS_DONE)) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(i18n.label(f));
            for (MonthReport.StaffMember who : r.counselors()) {
                s.getData().add(new XYChart.Data<>(who.name(), r.of(f, who.id()).value()));
            }
            chart.getData().add(s);
        }
        return titled(chart, "counselorChart", "report.chart.counselors");
    }

    private Chart clientTypes(MonthReport r) {
        PieChart chart = new PieChart();
        Map<Long, Measure> visited = r.byClientTag().getOrDefault(Figure.VISIT_TO_CONTRACT, Map.of());
        for (MonthReport.TagName t : r.tags()) {
            Measure m = visited.get(t.id());
            if (m != null && m.base() > 0) {
                chart.getData().add(new PieChart.Data(t.name() + " " + m.base(), m.base()));
            }
        }
        chart.setLegendVisible(false);
        return titled(chart, "clientTypeChart", "report.chart.clientTypes");
    }

    private Chart titled(Chart chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(i18n.t(title));
        chart.setAnimated(false);
        return chart;
    }

}
