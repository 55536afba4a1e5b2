package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** "Who is at this PC?": the staff list and the way in. */
public final class LoginPage extends Page {
    public LoginPage(FxRobot robot) {
        super(robot);
        node("staffPicker");
    }

    public String officeName() {
        return text("loginOfficeName");
    }

    public String question() {
        return text("loginQuestion");
    }

    /** The staff as the list shows them, e.g. "李明 · 咨询师", top to bottom. */
    public List<String> staff() {
        ListView<?> list = node("staffPicker");
        return Fx.get(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getText() != null)
                .map(n -> (ListCell<?>) n)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText)
                .toList());
    }

    /** Waits until the list shows exactly these staff. */
    public LoginPage expectStaff(List<String> expected) {
        Wait.forValue("staff on the login screen", expected, this::staff);
        return this;
    }

    /**
     * Enters as {@code name} with the keyboard only: the list has the focus, the arrow keys move to
     * the name and Enter goes in. Returns the main window.
     */
    public MainPage enterAs(String name) {
        ListView<?> list = node("staffPicker");
        expectFocus("staffPicker");
        for (KeyCode key : new KeyCode[] {KeyCode.DOWN, KeyCode.UP}) {
            while (!selectedIs(list, name)) {
                int before = Fx.get(() -> list.getSelectionModel().getSelectedIndex());
                press(key);
                if (Fx.get(() -> list.getSelectionModel().getSelectedIndex()) == before) {
                    break;
                }
            }
        }
        if (!selectedIs(list, name)) {
            throw new AssertionError("No " + name + " on the login screen: " + staff());
        }
        pressEnter();
        return new MainPage(robot);
    }

    /** Enters as {@code name} with the mouse: click the name, then the Enter button. */
    public MainPage clickIn(String name) {
        ListView<?> list = node("staffPicker");
        ListCell<?> cell = Fx.get(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getText() != null
                        && c.getText().startsWith(name + " · "))
                .map(n -> (ListCell<?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " on the login screen: " + staff())));
        clickOn(cell);
        click("loginButton");
        return new MainPage(robot);
    }

    private static boolean selectedIs(ListView<?> list, String name) {
        return Fx.get(() -> list.lookupAll(".list-cell").stream()
                .anyMatch(n -> n instanceof ListCell<?> c && c.isSelected() && c.getText() != null
                        && c.getText().startsWith(name + " · ")));
    }
}
