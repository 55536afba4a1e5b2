package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * Today's visitors and the selected family's past visits. A row is read as the user reads it:
 * column header → cell text, e.g. {"学生": "张子涵", "状态": "等待中", …}.
 */
public final class TodayPage extends Page {
    private static final String DAY_FIELD = "dayField";
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

    /** The rows of the day's list that are on screen inside the table (not scrolled away, not cut off). */
    public List<Map<String, String>> rowsInView() {
        return inView("todayTable");
    }

    /** The rows of the family's visits on screen inside their table. */
    public List<Map<String, String>> historyInView() {
        return inView("historyTable");
    }

    /** The highlighted row of the day's list, or an empty map when none is. */
    public Map<String, String> selectedRow() {
        TableView<?> table = node("todayTable");
        return Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible() && r.isSelected())
                .map(n -> cells((TableRow<?>) n)).findFirst().orElse(Map.of()));
    }

    /** Clicks a row of the day's list and presses End, as someone looking for the first visitors of the day. */
    public TodayPage toEndOfList() {
        TableView<?> table = node("todayTable");
        Node first = Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible())
                .min(Comparator.comparingInt(n -> ((TableRow<?>) n).getIndex())).orElseThrow());
        clickOn(first);
        press(KeyCode.END);
        Wait.until("the first visitor of the day in view",
                () -> Fx.get(() -> table.getItems().size()) == lastIndexInView(table) + 1);
        return this;
    }

    // ---- the day shown ---------------------------------------------------------------------------

    /** The date in the day field, as it reads: "2026-11-27". */
    public String day() {
        return text(DAY_FIELD);
    }

    public TodayPage previousDay() {
        click("previousDayButton");
        return this;
    }

    public TodayPage nextDay() {
        click("nextDayButton");
        return this;
    }

    public TodayPage backToToday() {
        click("backToTodayButton");
        return this;
    }

    /** Types a date into the day field over what is there and presses Enter. */
    public TodayPage typeDay(String date) {
        // The picker holds the focus and passes the keys on to its text field.
        clickOn(node(DAY_FIELD));
        expectFocus("dayPicker");
        pressShortcut(KeyCode.A);
        press(KeyCode.BACK_SPACE);
        typeText(date);
        Wait.forValue("the day typed", date, this::day);
        pressEnter();
        return this;
    }

    /** Alt+← or Alt+→ in the day field. */
    public TodayPage altArrow(KeyCode arrow) {
        clickOn(node(DAY_FIELD));
        pressAlt(arrow);
        return this;
    }

    /** Waits until the title reads exactly this. */
    public TodayPage expectTitle(String expected) {
        Wait.forValue("the title of the visitors' list", expected, this::title);
        return this;
    }

    /** The hint that a past day only takes corrections; "" on today's list. */
    public String pastDayHint() {
        return text("pastDayHint");
    }

    /** Presses 打印: the list's print preview opens. */
    public PrintPreviewPage print() {
        click("printListButton");
        return new PrintPreviewPage(robot);
    }

    /** Ctrl+P with the cursor in the day's list (clicked on its first row). */
    public PrintPreviewPage printWithCtrlP() {
        TableView<?> table = node("todayTable");
        Node first = Fx.get(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible())
                .min(Comparator.comparingInt(n -> ((TableRow<?>) n).getIndex())).orElse(table));
        clickOn(first);
        expectFocus("todayTable");
        pressShortcut(KeyCode.P);
        return new PrintPreviewPage(robot);
    }

    /** The text of the 打印 button. */
    public String printButton() {
        return text("printListButton");
    }

    /** Presses 复制名单 and returns what it put on the clipboard. */
    public String copyList() {
        click("copyListButton");
        return Fx.get(() -> Clipboard.getSystemClipboard().getString());
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

    /** Today's families expected (booked, not arrived), as the list above the visitors reads; empty when hidden. */
    public List<Map<String, String>> expected() {
        // Every row, as the list reads when scrolled through (it shows about three at a time); none while hidden.
        TableView<?> table = (TableView<?>) find("expectedTable").filter(Page::isShown).orElse(null);
        if (table == null) {
            return List.of();
        }
        return Fx.get(() -> {
            List<Map<String, String>> out = new java.util.ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                Map<String, String> row = new LinkedHashMap<>();
                for (var c : table.getVisibleLeafColumns()) {
                    row.put(c.getText(), String.valueOf(c.getCellData(i)));
                }
                out.add(row);
            }
            return out;
        });
    }

    /** Waits until the families expected are these (their students, earliest first). */
    public TodayPage expectExpected(String studentHeader, List<String> students) {
        Wait.forValue("today's expected families", students,
                () -> expected().stream().map(r -> r.get(studentHeader)).toList());
        return this;
    }

    /** The expected family's row chosen from the keyboard (the list takes the cursor), and Enter: they arrived. */
    public TodayPage arrivedWithEnter(String studentHeader, String student) {
        Wait.until(student + " expected", () -> expected().stream().anyMatch(r -> student.equals(r.get(studentHeader))));
        TableView<?> table = node("expectedTable");
        Fx.run(() -> {
            table.requestFocus();
            for (int i = 0; i < table.getItems().size(); i++) {
                table.getSelectionModel().select(i);
                if (String.valueOf(table.getColumns().get(1).getCellData(i)).equals(student)) {
                    break;
                }
            }
        });
        expectFocus("expectedTable");
        pressEnter();
        return this;
    }

    /** Presses one of the status buttons (WAITING, CONSULTING, LEFT). */
    public TodayPage press(String button) {
        click(button);
        return this;
    }

    /** Presses 安排回访 for the chosen visitor: the planning dialog opens. */
    public FollowUpPage planFollowUp() {
        Wait.until("安排回访 to be enabled", () -> isEnabled("planFollowUpButton"));
        click("planFollowUpButton");
        return new FollowUpPage(robot);
    }

    /** Whether the board offers 安排回访 (to those who consult). */
    public boolean offersFollowUp() {
        return isShown("planFollowUpButton");
    }

    public String button(String id) {
        return text(id);
    }

    public boolean isButtonEnabled(String id) {
        return isEnabled(id);
    }

    private List<Map<String, String>> inView(String tableId) {
        TableView<?> table = node(tableId);
        return Fx.get(() -> {
            Bounds view = viewport(table);
            return table.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.getItem() != null && r.isVisible())
                    .map(n -> (TableRow<?>) n)
                    .filter(r -> {
                        Bounds b = r.localToScene(r.getBoundsInLocal());
                        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                    })
                    .sorted(Comparator.comparingInt(TableRow::getIndex))
                    .map(TodayPage::cells)
                    .toList();
        });
    }

    private int lastIndexInView(TableView<?> table) {
        return Fx.get(() -> {
            Bounds view = viewport(table);
            return table.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.isVisible())
                    .map(n -> (TableRow<?>) n)
                    .filter(r -> r.localToScene(r.getBoundsInLocal()).getMaxY() <= view.getMaxY() + 0.5)
                    .mapToInt(TableRow::getIndex).max().orElse(-1);
        });
    }

    /** Where a table's rows can be seen: under its header, inside its clipped flow. */
    private static Bounds viewport(TableView<?> table) {
        Node flow = table.lookup(".virtual-flow");
        Node clipped = flow.lookup(".clipped-container");
        Node area = clipped == null ? flow : clipped;
        return area.localToScene(area.getLayoutBounds());
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
