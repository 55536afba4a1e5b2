package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A page of a printed list, read as it will come out of the printer: its heading, page number,
 * column headers and rows (column header → cell text), and its size in points.
 */
public final class PrintedPage {
    private final Parent page;

    public PrintedPage(Parent page) {
        this.page = page;
    }

    public String title() {
        return Fx.get(() -> ((Label) page.lookup("#printTitle")).getText());
    }

    /** "第 1 / 3 页". */
    public String pageNumber() {
        return Fx.get(() -> ((Label) page.lookup("#printPageNumber")).getText());
    }

    public List<String> headers() {
        return Fx.get(() -> cells(page.lookup(".print-header")));
    }

    /** The rows, top to bottom, each column header → cell. */
    public List<Map<String, String>> rows() {
        return Fx.get(() -> {
            List<String> headers = cells(page.lookup(".print-header"));
            List<Map<String, String>> rows = new ArrayList<>();
            for (Node line : page.getChildrenUnmodifiable()) {
                if (line.getStyleClass().contains("print-row")) {
                    List<String> cells = cells(line);
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < headers.size(); i++) {
                        row.put(headers.get(i), i < cells.size() ? cells.get(i) : "");
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** The cells whose text does not fit their column (and prints cut short with "…"). */
    public List<String> cutCells() {
        return Fx.get(() -> page.lookupAll(".print-cell").stream().map(n -> (Label) n).filter(l -> {
            Text text = new Text(l.getText());
            text.setFont(l.getFont());
            return text.getLayoutBounds().getWidth() + l.snappedLeftInset() + l.snappedRightInset() > l.getWidth();
        }).map(Label::getText).toList());
    }

    /** The laid-out height of the page, in points. */
    public double height() {
        return Fx.get(() -> page.getLayoutBounds().getHeight());
    }

    public double width() {
        return Fx.get(() -> page.getLayoutBounds().getWidth());
    }

    private static List<String> cells(Node line) {
        return ((Parent) line).getChildrenUnmodifiable().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList();
    }
}
