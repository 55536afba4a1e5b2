package com.counseldesk.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Charts drawn by the spreadsheet program from the figures' own cells (so they follow the numbers a
 * manager sees): labels in one column, values in the next, rows {@code first} to {@code last}.
 */
final class Charts {
    private final XSSFSheet sheet;
    private final XSSFDrawing drawing;

    Charts(XSSFSheet sheet) {
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
    }

    /** A bar chart at columns {@code col}–{@code col+8}, rows {@code row}–{@code row+15}. */
    void bars(String title, int labelCol, int first, int last, int col, int row, boolean horizontal) {
        XSSFChart chart = chart(title, col, row);
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(labels(labelCol, first, last), numbers(labelCol + 1, first, last));
        series.setTitle(title, null);
        chart.plot(data);
    }

    /** A pie chart at columns {@code col}–{@code col+8}, rows {@code row}–{@code row+15}. */
    void pie(String title, int labelCol, int first, int last, int col, int row) {
        XSSFChart chart = chart(title, col, row);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series series = data.addSeries(labels(labelCol, first, last), numbers(labelCol + 1, first, last));
        series.setTitle(title, null);
        chart.plot(data);
    }

    private XSSFChart chart(String title, int col, int row) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + 8, row + 15);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private XDDFDataSource<String> labels(int col, int first, int last) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }

    private XDDFNumericalDataSource<Double> numbers(int col, int first, int last) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }
}
