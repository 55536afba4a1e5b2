package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/**
 * Today's visitors and the selected family's past visits. A row is read as the user reads it:
 * column header → cell text, e.g. {"学生": "张子涵", "状态": "等待中", …}.
 */
public final class TodayPage extends Page {
    public static final String WAITING = "statusWaiting";
    public static final String CONSULTING = "statusConsulting";
    public static final String LEFT = "statusLeft";

    public TodayPage(FxRobot robot) {
        super(robot);
        node("todayView");
    }

    /** The notice of a visitor just registered for the signed-in counselor; "" when none is shown. */
    public String arrivalNotice() {
        return text("arrivalNotice");
    }

    /** Waits until the notice says exactly this. */
    public TodayPage expectArrivalNotice(String expected) {
        Wait.forValue("the arrival notice", expected, this::arrivalNotice);
        return this;
    }

    public String title() {
        return text("todayTitle");
    }

    public List<Map<String, String>> rows() {
        return rowsOf("todayTable");
    }

    public List<Map<String, String>> history() {
        return rowsOf("historyTable");
    }

    public String historyTitle() {
        return text("historyTitle");
    }

    /** The headers of today's table, left to right. */
    public List<String> headers() {
        TableView<?> table = node("todayTable");
        return Fx.get(() -> table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList());
    }

    /** Waits for a row whose cell under {@code studentHeader} reads {@code student}, and returns it. */
    public Map<String, String> row(String studentHeader, String student) {
        try {
            Wait.until("a row for " + student + " in today's visitors",
                    () -> rows().stream().anyMatch(r -> student.equals(r.get(studentHeader))));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the rows are " + rows(), e);
        }
        return rows().stream().filter(r -> student.equals(r.get(studentHeader))).findFirst().orElseThrow();
    }

    public TodayPage expectRowCount(int n) {
        Wait.forValue("rows in today's visitors", n, () -> rows().size());
        return this;
    }

    /** Clicks the row whose cell in {@code header} reads {@code value}. */
    public TodayPage select(String header, String value) {
        row(header, value);
        TableView<?> table = node("todayTable");
        TableCell<?, ?> cell = Fx.get(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.getTableColumn() != null
                        && header.equals(c.getTableColumn().getText()) && value.equals(c.getText()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
        clickOn(cell);
        return this;
    }

    /** The selected row of today's visitors as the user reads it, or an empty map when none is selected. */
    public Map<String, String> selected() {
        TableView<?> table = node("todayTable");
        return Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.getItem() != null && r.isVisible()
                        && r.isSelected())
                .map(n -> cells((TableRow<?>) n)).findFirst().orElse(Map.of()));
    }

    /** Presses one of the status buttons (WAITING, CONSULTING, LEFT). */
    public TodayPage press(String button) {
        click(button);
        return this;
    }

    public String button(String id) {
        return text(id);
    }

    public boolean isButtonEnabled(String id) {
        return isEnabled(id);
    }

    private List<Map<String, String>> rowsOf(String tableId) {
        TableView<?> table = node(tableId);
        return Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.getItem() != null && r.isVisible())
                .map(n -> (TableRow<?>) n)
                .sorted(Comparator.comparingInt(TableRow::getIndex))
                .map(TodayPage::cells)
                .toList());
    }

    private static Map<String, String> cells(TableRow<?> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null) {
                cells.put(c.getTableColumn().getText(), c.getText() == null ? "" : c.getText());
            }
        }
        return cells;
    }
}
