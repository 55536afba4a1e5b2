package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The appointments (邀约上门, F3): today's and the next two weeks', and what becomes of the chosen one. */
public final class AppointmentsPage extends Page {
    public AppointmentsPage(FxRobot robot) {
        super(robot);
        node("appointmentsView");
    }

    public List<Map<String, String>> rows() {
        TableView<?> table = node("appointmentsTable");
        return TableRows.of(table);
    }

    public AppointmentsPage expectRows(int n) {
        Wait.forValue("appointments listed", n, () -> rows().size());
        return this;
    }

    /** Clicks the row whose cell under {@code header} reads {@code value}. */
    public AppointmentsPage select(String header, String value) {
        Wait.until("a row " + value, () -> rows().stream().anyMatch(r -> value.equals(r.get(header))));
        TableView<?> table = node("appointmentsTable");
        clickOn(TableRows.cell(table, header, value));
        return this;
    }

    /** Presses one of the buttons (its id) with the keyboard. */
    public AppointmentsPage pressButton(String id) {
        focus(id);
        press(KeyCode.SPACE);
        return this;
    }

    public String message() {
        return text("appointmentsMessage");
    }

    public AppointmentsPage expectMessage(String expected) {
        Wait.forValue("the appointments' message", expected, this::message);
        return this;
    }

    /** Ticks or unticks 只看我的 from the keyboard. */
    public AppointmentsPage toggleMine() {
        focus("appointmentsMine");
        press(KeyCode.SPACE);
        return this;
    }
}
