package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The start page (工作台): today's and overdue follow-ups, the families here now, notes in draft, the
 * families with nothing planned. Each list is read as rows of header → cell text.
 */
public final class StartPage extends Page {
    public static final String KEY = "start";
    public static final String DUE = "startDueTable";
    public static final String OVERDUE = "startOverdueTable";
    public static final String HERE = "startHereTable";
    public static final String DRAFTS = "startDraftTable";
    public static final String UNPLANNED = "startUnplannedTable";

    public StartPage(FxRobot robot) {
        super(robot);
        node("startPage");
    }

    /** "今天 2026-11-27" once the page is read. */
    public String title() {
        return text("startTitle");
    }

    /** Waits until the page says it shows this day. */
    public StartPage expectTitle(String expected) {
        Wait.forValue("the start page's title", expected, this::title);
        return this;
    }

    /** A list's title with its count: "今日回访（1）" ({@link #DUE} → "startDueTitle"). */
    public String titleOf(String table) {
        return text(table.replace("Table", "Title"));
    }

    /** The rows of one list ({@link #DUE}, {@link #OVERDUE}, …). */
    public List<Map<String, String>> rows(String table) {
        return TableRows.of(node(table));
    }

    /** Waits until a list has exactly these values in the column {@code header}, top to bottom. */
    public StartPage expectColumn(String table, String header, List<String> values) {
        Wait.forValue("the column " + header + " of #" + table, values,
                () -> rows(table).stream().map(r -> r.get(header)).toList());
        return this;
    }

    /** Clicks the row of a list whose cell under {@code header} reads {@code value}. */
    public StartPage select(String table, String header, String value) {
        expectColumnHas(table, header, value);
        clickOn(TableRows.cell(node(table), header, value));
        return this;
    }

    /** Chooses the row and presses Enter: its family page opens. */
    public FamilyPage openWithEnter(String table, String header, String value, long householdId) {
        select(table, header, value);
        expectFocus(table);
        pressEnter();
        return new FamilyPage(robot, householdId);
    }

    /** Chooses a follow-up and presses 记录结果: the result dialog opens. */
    public FollowUpResultPage recordResult(String table, String header, String value) {
        select(table, header, value);
        Wait.until("记录结果 to be enabled", () -> isEnabled("startRecordButton"));
        click("startRecordButton");
        return new FollowUpResultPage(robot);
    }

    /** Whether the overdue list names whose follow-up each is (a manager's page). */
    public boolean showsOwners() {
        TableView<?> table = node(OVERDUE);
        return Fx.get(() -> table.getVisibleLeafColumns().size() == 6);
    }

    public StartPage refresh() {
        click("startRefreshButton");
        return this;
    }

    /** Moves the cursor into a list from the keyboard (Tab), as a counselor starting the day. */
    public StartPage tabInto(String table) {
        for (int i = 0; i < 20 && !table.equals(focusedId()); i++) {
            press(KeyCode.TAB);
        }
        expectFocus(table);
        return this;
    }

    private void expectColumnHas(String table, String header, String value) {
        try {
            Wait.until("a row " + header + " = " + value + " in #" + table,
                    () -> rows(table).stream().anyMatch(r -> value.equals(r.get(header))));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the rows are " + rows(table), e);
        }
    }
}
