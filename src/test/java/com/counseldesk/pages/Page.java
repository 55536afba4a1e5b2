package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every screen handle shares: finding controls by id, reading what they show, typing, clicking
 * and choosing in combo boxes by the label the user reads. Nodes are looked up afresh on each call,
 * because switching the language rebuilds the screen.
 */
public abstract class Page {
    /** Clicks and wheel scrolls done through the page objects, to prove a story needed no mouse. */
    private static final java.util.concurrent.atomic.AtomicInteger MOUSE = new java.util.concurrent.atomic.AtomicInteger();
    protected final FxRobot robot;

    protected Page(FxRobot robot) {
        this.robot = robot;
    }

    /** How many times the page objects have used the mouse (a click or a wheel scroll) so far. */
    public static int mouseActions() {
        return MOUSE.get();
    }

    // ---- finding -------------------------------------------------------------------------------

    protected Optional<Node> find(String id) {
        return Fx.get(() -> robot.lookup("#" + id).tryQuery());
    }

    /** The control with this id, waiting for it to be on screen. */
    @SuppressWarnings("unchecked")
    protected <T extends Node> T node(String id) {
        Wait.until("#" + id + " to be on screen", () -> find(id).map(Page::isShown).orElse(false));
        return (T) find(id).orElseThrow();
    }

    /** True when the node and all its parents are visible in a showing window. */
    protected static boolean isShown(Node node) {
        return Fx.get(() -> {
            Scene scene = node.getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window == null || !window.isShowing()) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    protected boolean isShown(String id) {
        return find(id).map(Page::isShown).orElse(false);
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The text a label, button or text field shows; a hidden control shows nothing (""). */
    protected String text(String id) {
        return find(id).filter(Page::isShown).map(Page::textOf).orElse("");
    }

    protected static String textOf(Node n) {
        return Fx.get(() -> {
            String t;
            if (n instanceof TextInputControl input) {
                t = input.getText();
            } else if (n instanceof Labeled labeled) {
                t = labeled.getText();
            } else if (n instanceof ComboBox<?> combo) {
                t = comboLabel(combo);
            } else {
                throw new IllegalArgumentException("No text on " + n);
            }
            return t == null ? "" : t;
        });
    }

    /** What a combo box shows on its button: the chosen item's label. */
    protected static String comboLabel(ComboBox<?> combo) {
        return Fx.get(() -> {
            ListCell<?> cell = combo.getButtonCell();
            if (cell == null) {
                cell = (ListCell<?>) combo.lookup(".list-cell");
            }
            String t = cell == null ? null : cell.getText();
            return t == null ? "" : t;
        });
    }

    /** The items of a combo box as its list shows them, top to bottom. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected List<String> comboItems(String id) {
        ComboBox combo = node(id);
        return Fx.get(() -> ((List<Object>) combo.getItems()).stream()
                .map(item -> combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item))
                .map(String::valueOf).toList());
    }

    protected boolean isEnabled(String id) {
        Node n = node(id);
        return Fx.get(() -> !n.isDisabled());
    }

    /** The id of the control that has the keyboard focus, or "" when it has none. */
    public String focusedId() {
        return Fx.get(() -> {
            for (Window w : windowsTopFirst()) {
                if (w.isFocused() && w.getScene() != null && w.getScene().getFocusOwner() != null) {
                    Node owner = w.getScene().getFocusOwner();
                    return owner.getId() == null ? owner.getClass().getSimpleName() : owner.getId();
                }
            }
            return "";
        });
    }

    // ---- keyboard ------------------------------------------------------------------------------

    /** Waits until the keyboard focus is on {@code id}. */
    public void expectFocus(String id) {
        Wait.forValue("keyboard focus", id, this::focusedId);
    }

    /** Presses Tab and expects the focus on {@code id} next: the form's Tab order is part of its design. */
    public void tabTo(String id) {
        press(KeyCode.TAB);
        expectFocus(id);
    }

    /** Presses Tab as often as it takes (up to twenty times) to reach the control {@code id}. */
    public void tabUntil(String id) {
        for (int i = 0; i < 20 && !id.equals(focusedId()); i++) {
            press(KeyCode.TAB);
        }
        expectFocus(id);
    }

    /**
     * Types text into whatever has the focus, as a person types it: for each character the same
     * pressed / typed / released key events that TestFX's {@code write} sends to the focused control,
     * but settled once for the whole text instead of after every character.
     */
    public void typeText(String text) {
        Fx.run(() -> {
            Node target = focusOwner();
            if (target == null) {
                throw new AssertionError("Nothing has the keyboard focus to type \"" + text + "\" into");
            }
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                KeyCode code = keyCodeOf(cp);
                Event.fireEvent(target, keyEvent(KeyEvent.KEY_PRESSED, "", code));
                Event.fireEvent(target, keyEvent(KeyEvent.KEY_TYPED, ch, KeyCode.UNDEFINED));
                Event.fireEvent(target, keyEvent(KeyEvent.KEY_RELEASED, "", code));
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses and releases one key through the platform's robot, as the keyboard would. */
    public void press(KeyCode key) {
        Fx.run(() -> {
            Robot r = fxRobot();
            r.keyPress(key);
            r.keyRelease(key);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void pressEnter() {
        press(KeyCode.ENTER);
    }

    /** F1: the list of the keys of the screen in front opens over its window. */
    public KeyHelpPage pressF1() {
        press(KeyCode.F1);
        return new KeyHelpPage(robot);
    }

    /** Presses the platform's shortcut key (Ctrl, ⌘ on a Mac) with {@code key}. */
    public void pressShortcut(KeyCode key) {
        chord(shortcutKey(), key);
    }

    /** Presses the shortcut key and Shift with {@code key} (Ctrl+Shift+L, say). */
    public void pressShortcutShift(KeyCode key) {
        chord(shortcutKey(), KeyCode.SHIFT, key);
    }

    /** Presses Shift with {@code key} (Shift+Tab, say). */
    public void pressShift(KeyCode key) {
        chord(KeyCode.SHIFT, key);
    }

    /** Presses Alt with {@code key} (Alt+↓ on a combo box, say). */
    public void pressAlt(KeyCode key) {
        chord(KeyCode.ALT, key);
    }

    private static KeyCode shortcutKey() {
        return System.getProperty("os.name", "").startsWith("Mac") ? KeyCode.COMMAND : KeyCode.CONTROL;
    }

    /** Holds the keys down in order and lets them go in the reverse order, as fingers do. */
    private static void chord(KeyCode... keys) {
        Fx.run(() -> {
            Robot r = fxRobot();
            for (KeyCode k : keys) {
                r.keyPress(k);
            }
            for (int i = keys.length - 1; i >= 0; i--) {
                r.keyRelease(keys[i]);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The showing windows, the one shown last first: a dialog before the window it belongs to. (Monocle,
     * the headless platform, leaves the main window focused while a dialog is focused too.)
     */
    private static List<Window> windowsTopFirst() {
        List<Window> windows = new ArrayList<>(Window.getWindows());
        Collections.reverse(windows);
        return windows;
    }

    private static Node focusOwner() {
        for (Window w : windowsTopFirst()) {
            if (w.isFocused() && w.getScene() != null) {
                return w.getScene().getFocusOwner();
            }
        }
        return null;
    }

    private static KeyCode keyCodeOf(int cp) {
        if (cp == ' ') {
            return KeyCode.SPACE;
        }
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            KeyCode code = KeyCode.getKeyCode(String.valueOf((char) Character.toUpperCase(cp)));
            return code == null ? KeyCode.UNDEFINED : code;
        }
        return KeyCode.UNDEFINED;
    }

    private static KeyEvent keyEvent(javafx.event.EventType<KeyEvent> type, String ch, KeyCode code) {
        String text = type == KeyEvent.KEY_TYPED ? "" : code.getName();
        return new KeyEvent(null, null, type, type == KeyEvent.KEY_TYPED ? ch : KeyEvent.CHAR_UNDEFINED, text, code,
                false, false, false, false);
    }

    private static Robot fxRobot;

    /** The platform robot (Monocle's when headless); made and used on the JavaFX thread. */
    private static Robot fxRobot() {
        if (fxRobot == null) {
            fxRobot = new Robot();
        }
        return fxRobot;
    }

    // ---- fitting -------------------------------------------------------------------------------

    /**
     * The texts of the window that are shown cut short (a label, button, choice or column heading
     * whose text did not fit and ends in "…"), each as the whole text; empty when everything fits.
     * Only what is on screen counts: hidden controls, and controls outside the window, do not.
     */
    public List<String> cutTexts() {
        WaitForAsyncUtils.waitForFxEvents();
        return Fx.get(() -> {
            List<String> cut = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    w.getScene().getRoot().applyCss();
                    w.getScene().getRoot().layout();
                    collectCut(w.getScene().getRoot(), cut);
                }
            }
            return cut;
        });
    }

    /** Sets the app's main window to {@code width} × {@code height} (a screen of that size, say). */
    public void resizeWindow(double width, double height) {
        Fx.run(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.stage.Stage stage && stage.getOwner() == null && w.isShowing()) {
                    stage.setMaximized(false);
                    // At the screen's corner: a window reaching past the headless screen's edge overflows
                    // its painter's buffer (a BufferOverflowException printed per frame).
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text shown && child.getStyleClass().contains("text")
                        && child.isVisible() && !labeled.getText().equals(shown.getText())
                        && !shown.getText().isEmpty()) {
                    cut.add(labeled.getText());
                }
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    // ---- mouse and fields ----------------------------------------------------------------------

    /** The households suggested under a phone field (the box {@code boxId}), top to bottom. */
    protected List<String> suggestionsIn(String boxId) {
        List<Hyperlink> links = suggestionLinks(boxId);
        return Fx.get(() -> links.stream().map(Hyperlink::getText).toList());
    }

    /** The suggestion under a phone field that ↓/↑ highlighted (Enter takes it); "" when none is. */
    protected String highlightedIn(String boxId) {
        List<Hyperlink> links = suggestionLinks(boxId);
        return Fx.get(() -> links.stream().filter(l -> l.getStyleClass().contains("highlighted"))
                .map(Hyperlink::getText).findFirst().orElse(""));
    }

    private List<Hyperlink> suggestionLinks(String boxId) {
        if (!isShown(boxId)) {
            return List.of();
        }
        javafx.scene.layout.Pane box = node(boxId);
        return Fx.get(() -> box.getChildren().stream().filter(n -> n instanceof Hyperlink)
                .map(n -> (Hyperlink) n).toList());
    }

    /** Scrolls the scroll pane around the control so that the control is in sight (the mouse wheel's job). */
    protected void scrollIntoView(String id) {
        MOUSE.incrementAndGet();
        Node n = node(id);
        Fx.run(() -> {
            javafx.scene.control.ScrollPane pane = null;
            for (Node p = n.getParent(); p != null && pane == null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    pane = sp;
                }
            }
            if (pane == null || pane.getContent() == null) {
                return;
            }
            double viewport = pane.getViewportBounds().getHeight();
            double extra = pane.getContent().getLayoutBounds().getHeight() - viewport;
            if (extra <= 0) {
                return;
            }
            Bounds b = pane.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double top = pane.getVvalue() * extra;
            if (b.getMinY() < top || b.getMaxY() > top + viewport) {
                pane.setVvalue(Math.min(1, Math.max(0, (b.getMaxY() - viewport) / extra)));
                pane.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the control is within the visible part of the scroll pane around it (or there is none). */
    protected boolean inSight(String id) {
        Node n = node(id);
        return Fx.get(() -> {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane) {
                    Bounds view = pane.localToScene(pane.getLayoutBounds());
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
                }
            }
            return true;
        });
    }

    /** Clicks the control, scrolling it into sight first when it is below the visible part, as a person would. */
    protected void click(String id) {
        scrollIntoView(id);
        clickOn(node(id));
    }

    /**
     * Clicks the middle of a node with the platform's robot: the pointer goes straight there
     * (TestFX's {@code clickOn} glides there in up to 200 steps, about 0.4 s a click here).
     */
    protected void clickOn(Node node) {
        MOUSE.incrementAndGet();
        Fx.run(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            if (b == null) {
                throw new AssertionError("Not on screen: " + node);
            }
            Robot r = fxRobot();
            r.mouseMove(b.getCenterX(), b.getCenterY());
            r.mouseClick(MouseButton.PRIMARY);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks into a text field, clears what is there and types {@code text}. */
    protected void fill(String id, String text) {
        TextInputControl field = node(id);
        clickOn(field);
        expectFocus(id);
        if (!textOf(field).isEmpty()) {
            pressShortcut(KeyCode.A);
            press(KeyCode.BACK_SPACE);
        }
        typeText(text);
        Wait.forValue("text of #" + id, text, () -> textOf(field));
    }

    /**
     * Clicks into a date picker's text ({@code editorId}), clears it and types {@code text}: the picker
     * ({@code pickerId}) holds the focus and passes the keys on to its text.
     */
    protected void fillDate(String pickerId, String editorId, String text) {
        Node editor = node(editorId);
        clickOn(editor);
        expectFocus(pickerId);
        if (!textOf(editor).isEmpty()) {
            pressShortcut(KeyCode.A);
            press(KeyCode.BACK_SPACE);
        }
        typeText(text);
        Wait.forValue("text of #" + editorId, text, () -> textOf(editor));
    }

    // ---- combo boxes ---------------------------------------------------------------------------

    /** Scrolls to the combo box, opens it with the mouse and clicks the item that reads {@code label}. */
    protected void chooseByMouse(String id, String label) {
        ComboBox<?> combo = node(id);
        scrollIntoView(id);
        clickOn(combo);
        Wait.until("#" + id + " to open", () -> Fx.get(combo::isShowing));
        Node cell = popupCell(combo, label);
        clickOn(cell);
        Wait.until("#" + id + " to close", () -> Fx.get(() -> !combo.isShowing()));
        Wait.forValue("label shown by #" + id, label, () -> comboLabel(combo));
    }

    private Node popupCell(ComboBox<?> combo, String label) {
        ListView<?> list = Fx.get(() -> combo.getSkin() instanceof ComboBoxListViewSkin<?> skin
                && skin.getPopupContent() instanceof ListView<?> lv && isShown(lv) ? lv : null);
        if (list == null) {
            throw new AssertionError("The popup of #" + combo.getId() + " is not showing");
        }
        // Long lists show a window of items: scroll through, as a mouse wheel would, until it is in view.
        int items = Fx.get(() -> list.getItems().size());
        for (int i = 0; i < items && cellIn(list, label).isEmpty(); i++) {
            int next = i;
            Fx.run(() -> list.scrollTo(next));
            WaitForAsyncUtils.waitForFxEvents();
        }
        return cellIn(list, label)
                .orElseThrow(() -> new AssertionError("#" + combo.getId() + " has no item " + label));
    }

    private static Optional<Node> cellIn(ListView<?> list, String label) {
        return Fx.get(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && label.equals(c.getText()) && n.isVisible())
                .findFirst());
    }

    /** Whether the list of a combo box is open. */
    public boolean isOpen(String id) {
        ComboBox<?> combo = node(id);
        return Fx.get(combo::isShowing);
    }

    /**
     * The item highlighted in the open list of a combo box, as the list shows it; "" when the list is
     * closed or the highlighted item is scrolled out of sight.
     */
    public String highlighted(String id) {
        ComboBox<?> combo = node(id);
        return Fx.get(() -> {
            if (!combo.isShowing() || !(combo.getSkin() instanceof ComboBoxListViewSkin<?> skin)
                    || !(skin.getPopupContent() instanceof ListView<?> list)) {
                return "";
            }
            Bounds view = list.localToScene(list.getLayoutBounds());
            return list.lookupAll(".list-cell").stream()
                    .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.isSelected() && c.isVisible()
                            && view.contains(n.localToScene(n.getLayoutBounds()).getCenterX(),
                                    n.localToScene(n.getLayoutBounds()).getCenterY()))
                    .map(n -> ((ListCell<?>) n).getText()).findFirst().orElse("");
        });
    }

    /** Puts the keyboard focus on a control as Tab would bring it there, without opening anything. */
    protected void focus(String id) {
        Node n = node(id);
        Fx.run(n::requestFocus);
        expectFocus(id);
    }

    /**
     * Goes to a combo box as Tab would, without opening it, and types {@code typed} there: the start of
     * an item's label, its pinyin or its initials.
     */
    protected void typeToChoose(String id, String typed) {
        focus(id);
        typeText(typed);
    }

    /**
     * With the focus on a combo box, moves its choice with the arrow keys until it shows {@code label}:
     * first down, then back up. Choosing from the keyboard alone, without opening the popup.
     */
    public void chooseWithArrows(String label) {
        String id = focusedId();
        Node focused = find(id).orElseThrow(() -> new AssertionError("Nothing focused to choose " + label + " in"));
        if (!(focused instanceof ComboBox<?> combo)) {
            throw new AssertionError("The focus is on " + id + ", not on a combo box");
        }
        for (KeyCode key : new KeyCode[] {KeyCode.DOWN, KeyCode.UP}) {
            while (!label.equals(comboLabel(combo))) {
                int before = Fx.get(() -> combo.getSelectionModel().getSelectedIndex());
                press(key);
                int after = Fx.get(() -> combo.getSelectionModel().getSelectedIndex());
                if (after == before) {
                    break;
                }
            }
            if (label.equals(comboLabel(combo))) {
                return;
            }
        }
        throw new AssertionError("#" + id + " has no item " + label + "; it shows " + comboLabel(combo));
    }
}
