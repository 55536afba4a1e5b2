package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
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

    /** Whether the login screen is showing (nobody signed in). */
    public boolean isShowing() {
        return isShown("staffPicker");
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

    /** The name whose button has the keyboard focus ("李明"), or empty while no name is chosen. */
    public Optional<String> chosen() {
        return focusedName().map(LoginPage::nameIn);
    }

    /** Waits until no name has the focus: the list itself has it, and Enter would sign nobody in. */
    public LoginPage expectNothingChosen() {
        expectFocus("staffPicker");
        return this;
    }

    /** Waits until {@code name}'s button has the keyboard focus. */
    public LoginPage expectChosen(String name) {
        Wait.forValue("the name chosen", Optional.of(name), this::chosen);
        return this;
    }

    /** The name marked as the one who last signed in at this PC ("李明"), or empty when none is marked. */
    public Optional<String> lastHere() {
        return find("loginLastHere").filter(Page::isShown).map(mark -> Fx.get(() -> {
            Node n = mark;
            while (n != null && !(n instanceof Button)) {
                n = n.getParent();
            }
            if (n == null) {
                throw new AssertionError("The mark \"" + textOf(mark) + "\" is on no name");
            }
            return nameIn(((Button) n).getText());
        }));
    }

    /** The name in a button's "李明 · 咨询师". */
    private static String nameIn(String buttonText) {
        return buttonText.substring(0, buttonText.indexOf(" · "));
    }

    /** What the mark beside the name of who was here last says ("上次使用"); "" when none is marked. */
    public String lastHereMark() {
        return text("loginLastHere");
    }

    /** The line under the question that says how to choose (or that a name must be chosen first). */
    public String hint() {
        return text("loginHint");
    }

    /** Presses ↓: the first arrow key chooses the person who was here last, or the first name. */
    public LoginPage pressDown() {
        press(KeyCode.DOWN);
        return this;
    }

    /** Types on the login screen (the start of a name, or its pinyin). */
    public LoginPage type(String text) {
        typeText(text);
        return this;
    }

    /** Presses Enter and returns the main window (for a name that has the focus). */
    public MainPage enter() {
        pressEnter();
        return new MainPage(robot);
    }

    /**
     * Enters as {@code name} with the keyboard only, by a deliberate choice: ↓ chooses a name (who
     * was here last, or the first), the arrow keys move to {@code name} and Enter goes in. Returns the
     * main window.
     */
    public MainPage enterAs(String name) {
        String id = Fx.get(button(name)::getId);
        if (chosen().isEmpty()) {
            expectNothingChosen();
            pressDown();
            Wait.until("a name to be chosen", () -> chosen().isPresent());
        }
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
        return enter();
    }

    /** Which column of names {@code name} stands in, from 0. */
    public int column(String name) {
        Button b = button(name);
        List<Double> columns = buttons().stream().map(x -> Fx.get(x::getLayoutX)).distinct().sorted().toList();
        return columns.indexOf(Fx.get(b::getLayoutX));
    }

    /** Enters as the person whose name has the focus with the space bar (nobody while no name is chosen). */
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
