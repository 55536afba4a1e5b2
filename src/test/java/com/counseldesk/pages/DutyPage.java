package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The duty screen (热线轮值, F4): today's order, who is next, and the month's count. */
public final class DutyPage extends Page {
    public DutyPage(FxRobot robot) {
        super(robot);
        node("dutyView");
    }

    /** Today's order as the table reads: column header → cell text, first place first. */
    public List<Map<String, String>> order() {
        TableView<?> table = node("dutyTable");
        return TableRows.of(table);
    }

    /** The counselors' names down the order. */
    public List<String> names(String nameHeader) {
        return order().stream().map(r -> r.get(nameHeader)).toList();
    }

    public DutyPage expectNames(String nameHeader, List<String> expected) {
        Wait.forValue("the duty order", expected, () -> names(nameHeader));
        return this;
    }

    /** The month's count: header → text, one row per counselor. */
    public List<Map<String, String>> month() {
        TableView<?> table = node("dutyMonthTable");
        return TableRows.of(table);
    }

    public String next() {
        return text("dutyNext");
    }

    public String message() {
        return text("dutyMessage");
    }

    public DutyPage expectMessage(String expected) {
        Wait.forValue("the duty screen's message", expected, this::message);
        return this;
    }

    /** Presses a button of the screen (its id) with the keyboard: Tab brings the cursor there, Space presses. */
    public DutyPage pressButton(String id) {
        focus(id);
        press(KeyCode.SPACE);
        return this;
    }

    /** The cursor into the order, on its first line. */
    public DutyPage intoOrder() {
        focus("dutyTable");
        return this;
    }

    /** Alt+↓ / Alt+↑: the chosen counselor moves. */
    public DutyPage move(KeyCode arrow) {
        pressAlt(arrow);
        return this;
    }

    /** Ctrl+D: the chosen counselor is away, or back. */
    public DutyPage awayOrBack() {
        pressShortcut(KeyCode.D);
        return this;
    }

    /** Ctrl+Enter: the order on screen is today's. */
    public DutyPage saveOrder() {
        pressShortcut(KeyCode.ENTER);
        return this;
    }
}
