package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;

/** "Who is at this PC?": a button per staff member, and the way in. */
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

    private List<Button> buttons() {
        Pane picker = node("staffPicker");
        return Fx.get(() -> picker.getChildren().stream().filter(n -> n instanceof Button)
                .map(n -> (Button) n).toList());
    }

    /** The staff as the screen shows them, e.g. "李明 · 咨询师", in order (top to bottom, column by column). */
    public List<String> staff() {
        return buttons().stream().map(b -> Fx.get(b::getText)).toList();
    }

    /** Waits until the screen shows exactly these staff. */
    public LoginPage expectStaff(List<String> expected) {
        Wait.forValue("staff on the login screen", expected, this::staff);
        return this;
    }

    private Button button(String name) {
        return buttons().stream().filter(b -> Fx.get(b::getText).startsWith(name + " · ")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " on the login screen: " + staff()));
    }

    private Optional<String> focusedName() {
        return buttons().stream().filter(b -> Fx.get(b::isFocused)).findFirst().map(b -> Fx.get(b::getText));
    }

    /**
     * Enters as {@code name} with the keyboard only: the first name has the focus, the arrow keys
     * move it to the name and Enter goes in. Returns the main window.
     */
    public MainPage enterAs(String name) {
        String id = Fx.get(button(name)::getId);
        expectFocus(Fx.get(buttons().get(0)::getId));
        for (KeyCode key : new KeyCode[] {KeyCode.DOWN, KeyCode.UP}) {
            while (!id.equals(focusedId())) {
                Optional<String> before = focusedName();
                press(key);
                if (focusedName().equals(before) || focusedName().isEmpty()) {
                    break;
                }
            }
        }
        expectFocus(id);
        pressEnter();
        return new MainPage(robot);
    }

    /** Which column of names {@code name} stands in, from 0. */
    public int column(String name) {
        Button b = button(name);
        List<Double> columns = buttons().stream().map(x -> Fx.get(x::getLayoutX)).distinct().sorted().toList();
        return columns.indexOf(Fx.get(b::getLayoutX));
    }

    /** Enters as the person whose name has the focus with the space bar. */
    public MainPage pressSpace() {
        press(KeyCode.SPACE);
        return new MainPage(robot);
    }

    /** Enters as {@code name} with the mouse: one click on the name. */
    public MainPage clickIn(String name) {
        clickOn(button(name));
        return new MainPage(robot);
    }
}
