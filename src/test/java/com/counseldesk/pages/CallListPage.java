package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The call list (热线记录, F5): its filters, the calls, how many, and the export. */
public final class CallListPage extends Page {
    public static final String TABLE = "callTable";

    public CallListPage(FxRobot robot) {
        super(robot);
        node("callList");
    }

    /** The calls as the table shows them, top to bottom: column header → cell text. */
    public List<Map<String, String>> rows() {
        TableView<?> t = node(TABLE);
        return TableRows.of(t);
    }

    /** One column, top to bottom. */
    public List<String> column(String header) {
        return rows().stream().map(r -> r.getOrDefault(header, "")).toList();
    }

    public CallListPage expectColumn(String header, List<String> expected) {
        Wait.forValue("the calls' " + header, expected, () -> column(header));
        return this;
    }

    /** "共 3 通". */
    public String count() {
        return text("callListCount");
    }

    public String month() {
        return text("callListMonth");
    }

    /** What the counselor filter shows. */
    public String counselorFilter() {
        return text("callListCounselor");
    }

    /** Types the month filter ("2026-10"; "" for every month). */
    public CallListPage month(String typed) {
        fill("callListMonth", typed);
        return this;
    }

    /** Alt+← with the cursor in the list: the month before. */
    public CallListPage previousMonth() {
        focus(TABLE);
        pressAlt(KeyCode.LEFT);
        return this;
    }

    /** Chooses inbound or outbound by the label the box shows, from the keyboard. */
    public CallListPage kind(String label) {
        focus("callListDirection");
        chooseWithArrows(label);
        return this;
    }

    public CallListPage outcome(String label) {
        focus("callListOutcome");
        chooseWithArrows(label);
        return this;
    }

    public CallListPage counselor(String name) {
        focus("callListCounselor");
        chooseWithArrows(name);
        return this;
    }

    /** Into the list, on its first call. */
    public CallListPage toList() {
        focus(TABLE);
        return this;
    }

    /** Enter on the chosen call: its family's page opens. */
    public FamilyPage openWithEnter(long householdId) {
        focus(TABLE);
        pressEnter();
        return new FamilyPage(robot, householdId);
    }

    public ExportBarPage export() {
        return new ExportBarPage(robot);
    }
}
