package com.counseldesk.walkin.ui;

import com.counseldesk.common.fx.DateText;
import com.counseldesk.common.fx.Fonts;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * A day's visitor list on paper. The pages are made from the list alone, as many rows on each as
 * fit, with the office, the day and the page number on top of every page, so that they can be
 * checked without a printer; printing goes through the system's print dialog. Only printing uses
 * this class: nothing on the way to the first window loads it.
 */
final class DayListPrint {
    static final double TITLE_HEIGHT = 26;
    static final double HEADER_HEIGHT = 20;
    static final double ROW_HEIGHT = 17;
    private static final double FONT_SIZE = 9.5;
    private static final double CELL_PADDING = 4;
    private static final String TEXT = "-fx-font-size: " + FONT_SIZE + "px; -fx-padding: 0 " + CELL_PADDING + " 0 "
            + CELL_PADDING + ";";

    private DayListPrint() {
    }

    /**
     * Prints the list: the system's print dialog, then the pages for the paper chosen there. Says
     * through {@code cannot} when this PC has no printer or printing failed; a cancelled dialog prints
     * nothing and says nothing.
     */
    static void print(Window owner, DayList list, LocalDate day, String office, I18n i18n, Consumer<Msg> cannot) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            cannot.accept(new Msg("today.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (VBox page : pages(list, day, office, i18n, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(layout, page)) {
                cannot.accept(new Msg("today.print.error", String.valueOf(job.getJobStatus())));
                job.cancelJob();
                return;
            }
        }
        if (!job.endJob()) {
            cannot.accept(new Msg("today.print.error", String.valueOf(job.getJobStatus())));
        }
    }

    /** How many visitors a page of printable height {@code height} holds under its header. */
    static int rowsPerPage(double height) {
        return Math.max(1, (int) Math.floor((height - TITLE_HEIGHT - HEADER_HEIGHT) / ROW_HEIGHT));
    }

    /**
     * The pages of {@code list} for a printable area of {@code width} × {@code height} (in points):
     * each with the office, the day, the number of visitors and "page n of m" on top, the column
     * headers, then its rows; each column as wide as its longest text needs, in proportion when the
     * paper is too narrow. A day without visitors is one page saying so in its title. Each page is
     * styled and laid out as it will print.
     */
    static List<VBox> pages(DayList list, LocalDate day, String office, I18n i18n, double width, double height) {
        int perPage = rowsPerPage(height);
        int count = Math.max(1, (list.rows().size() + perPage - 1) / perPage);
        List<Double> widths = widths(list, width);
        String title = i18n.t("today.print.title", office, DateText.format(day), list.rows().size());
        List<VBox> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<List<String>> rows = list.rows().subList(p * perPage, Math.min(list.rows().size(), (p + 1) * perPage));
            VBox page = page(title, i18n.t("today.print.page", p + 1, count), list.headers(), widths, rows, width);
            Group paper = new Group(page);
            new Scene(paper);
            paper.applyCss();
            paper.layout();
            pages.add(page);
        }
        return pages;
    }

    /**
     * The columns' widths: each as wide as its longest text (or header) in the print's font. When
     * they do not all fit the paper, the widest give way, down to the same width, so that the short
     * ones (times, phones, statuses) stay whole; room to spare goes to every column alike. Whole
     * points, rounded down: rounding each cell up to a whole pixel would otherwise make a line wider
     * than the paper.
     */
    static List<Double> widths(DayList list, double width) {
        String family = Fonts.cjkFamily().orElse(Font.getDefault().getFamily());
        Font plain = Font.font(family, FONT_SIZE);
        Font bold = Font.font(family, FontWeight.BOLD, FONT_SIZE);
        int n = list.headers().size();
        double[] needs = new double[n];
        for (int c = 0; c < n; c++) {
            double need = textWidth(list.headers().get(c), bold);
            for (List<String> row : list.rows()) {
                need = Math.max(need, c < row.size() ? textWidth(row.get(c), plain) : 0);
            }
            needs[c] = Math.ceil(need) + 2 * CELL_PADDING + 1;
        }
        double total = Arrays.stream(needs).sum();
        double spare = total <= width ? (width - total) / n : 0;
        double cap = total <= width ? Double.MAX_VALUE : evenShare(needs, width);
        return Arrays.stream(needs).map(w -> Math.floor(Math.min(w, cap) + spare)).boxed().toList();
    }

    /** The width {@code cap} at which the columns wider than it, cut to it, make all fit {@code width}. */
    private static double evenShare(double[] needs, double width) {
        double[] sorted = needs.clone();
        Arrays.sort(sorted);
        double rest = width;
        for (int i = 0; i < sorted.length; i++) {
            double even = rest / (sorted.length - i);
            if (sorted[i] > even) {
                return even;
            }
            rest -= sorted[i];
        }
        return sorted[sorted.length - 1];
    }

    private static double textWidth(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    private static VBox page(String title, String number, List<String> headers, List<Double> widths,
            List<List<String>> rows, double width) {
        Label heading = new Label(title);
        heading.setId("printTitle");
        heading.setStyle("-fx-font-size: 12px; -fx-font-weight: bold;");
        Label page = new Label(number);
        page.setId("printPageNumber");
        page.setStyle(TEXT);
        page.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, page);
        top.setAlignment(Pos.CENTER_LEFT);
        fix(top, TITLE_HEIGHT);
        HBox header = line(headers, widths, HEADER_HEIGHT, "print-header");
        header.setStyle("-fx-font-weight: bold; -fx-border-color: black; -fx-border-width: 0 0 1 0;");
        VBox box = new VBox(top, header);
        for (List<String> row : rows) {
            box.getChildren().add(line(row, widths, ROW_HEIGHT, "print-row"));
        }
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        box.setPadding(Insets.EMPTY);
        box.getStyleClass().add("print-page");
        Fonts.apply(box);
        return box;
    }

    /** A line of cells, each as wide as its column; a text too long for its column ends in "…". */
    private static HBox line(List<String> cells, List<Double> widths, double height, String styleClass) {
        HBox line = new HBox();
        line.getStyleClass().add(styleClass);
        line.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < cells.size(); i++) {
            Label cell = new Label(cells.get(i));
            cell.getStyleClass().add("print-cell");
            cell.setStyle(TEXT);
            cell.setTextOverrun(OverrunStyle.ELLIPSIS);
            double w = i < widths.size() ? widths.get(i) : 0;
            cell.setMinWidth(w);
            cell.setPrefWidth(w);
            cell.setMaxWidth(w);
            line.getChildren().add(cell);
        }
        fix(line, height);
        return line;
    }

    private static void fix(Region r, double height) {
        r.setMinHeight(height);
        r.setPrefHeight(height);
        r.setMaxHeight(height);
    }
}
