package com.counseldesk.common.fx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
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
 * A table on paper (a day's visitor list, a contract's summary, a receipt): as many rows on each page
 * as fit, with a title (the office's name in it) and the page number on top of every page, so that
 * the pages can be checked without a printer ({@link PrintPreview} shows them); printing goes through
 * the system's print dialog. The page's nodes carry the ids and style classes the tests read
 * ({@code printTitle}, {@code printPageNumber}, {@code print-page}, {@code print-header},
 * {@code print-row}, {@code print-cell}).
 */
public final class PrintTable {
    public static final double TITLE_HEIGHT = 26;
    public static final double HEADER_HEIGHT = 20;
    public static final double ROW_HEIGHT = 17;
    private static final double FONT_SIZE = 9.5;
    private static final double CELL_PADDING = 4;
    private static final String TEXT = "-fx-font-size: " + FONT_SIZE + "px; -fx-padding: 0 " + CELL_PADDING + " 0 "
            + CELL_PADDING + ";";

    private PrintTable() {
    }

    /**
     * Prints the pages {@code pages} makes for the printable width and height of the paper chosen in
     * the system's print dialog; true when the job went to the printer. {@code noPrinter} runs when
     * this PC has no printer, {@code failed} with the job's status when printing failed; a cancelled
     * dialog prints nothing and says nothing.
     */
    public static boolean print(Window owner, BiFunction<Double, Double, List<? extends Node>> pages,
            Runnable noPrinter, Consumer<String> failed) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            noPrinter.run();
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Node page : pages.apply(layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(layout, page)) {
                failed.accept(String.valueOf(job.getJobStatus()));
                job.cancelJob();
                return false;
            }
        }
        if (!job.endJob()) {
            failed.accept(String.valueOf(job.getJobStatus()));
            return false;
        }
        return true;
    }

    /** How many rows a page of printable height {@code height} holds under its header. */
    public static int rowsPerPage(double height) {
        return Math.max(1, (int) Math.floor((height - TITLE_HEIGHT - HEADER_HEIGHT) / ROW_HEIGHT));
    }

    /**
     * The pages of a table for a printable area of {@code width} × {@code height} (in points): each with
     * {@code title} and the page's number ({@code number} of the page and the count, from 1) on top, the
     * column headers, then its rows; each column as wide as its longest text needs, in proportion when
     * the paper is too narrow. A table without rows is one page. Each page is styled and laid out as it
     * will print.
     */
    public static List<VBox> pages(String title, PageNumber number, List<String> headers,
            List<List<String>> rows, double width, double height) {
        int perPage = rowsPerPage(height);
        int count = Math.max(1, (rows.size() + perPage - 1) / perPage);
        List<Double> widths = widths(headers, rows, width);
        List<VBox> pages = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<List<String>> onPage = rows.subList(p * perPage, Math.min(rows.size(), (p + 1) * perPage));
            VBox page = page(title, number.text(p + 1, count), headers, widths, onPage, width);
            Group paper = new Group(page);
            new Scene(paper);
            paper.applyCss();
            paper.layout();
            pages.add(page);
        }
        return pages;
    }

    /** The title on top of a page made by {@link #pages}. */
    static String title(Node page) {
        return page.lookup("#printTitle") instanceof Label title ? title.getText() : "";
    }

    /** "第 1 / 3 页": a page's number and the count as the page says them. */
    @FunctionalInterface
    public interface PageNumber {
        String text(int page, int count);
    }

    /**
     * The columns' widths: each as wide as its longest text (or header) in the print's font. When
     * they do not all fit the paper, the widest give way, down to the same width, so that the short
     * ones (times, phones, statuses) stay whole; room to spare goes to every column alike. Whole
     * points, rounded down: rounding each cell up to a whole pixel would otherwise make a line wider
     * than the paper.
     */
    public static List<Double> widths(List<String> headers, List<List<String>> rows, double width) {
        String family = Fonts.cjkFamily().orElse(Font.getDefault().getFamily());
        Font plain = Font.font(family, FONT_SIZE);
        Font bold = Font.font(family, FontWeight.BOLD, FONT_SIZE);
        int n = headers.size();
        double[] needs = new double[n];
        for (int c = 0; c < n; c++) {
            double need = textWidth(headers.get(c), bold);
            for (List<String> row : rows) {
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
