package com.counseldesk.office.ui;

import atlantafx.base.theme.Styles;
import com.counseldesk.common.fx.Forms;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.Staff;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * "Who is at this PC?": one button per active staff member, top to bottom (a second column from
 * the ninth on); a click, Enter or Space on one goes in. Going in takes a deliberate choice: at first
 * no name has the focus, so a stray Enter signs nobody in (it says how to choose instead). The first
 * arrow key or Tab puts the focus on the person who last signed in at this PC, marked "上次使用", or
 * on the first name; the arrows move it; typing the start of a name or its pinyin (李, lm, liming)
 * puts it on the first name that answers. Plain buttons, not a list view: this is the first window,
 * and a list view (with its virtual flow, scroll bars and key map) took longer to set up than the rest
 * of the screen.
 */
public final class LoginView {
    /** Names in one column before a second one starts. */
    static final int ROWS = 8;
    /** A pause in typing this long starts a new name. */
    static final long TYPING_PAUSE_NANOS = 1_000_000_000L;
    private static final double BUTTON_WIDTH = 220;
    private final VBox root = new VBox(12);
    private final TilePane picker = new TilePane(Orientation.VERTICAL, 8, 8);
    private final Label hint;
    private final I18n i18n;
    private final List<Staff> staff;
    private final BiPredicate<String, String> answersTo;
    private final StringBuilder typed = new StringBuilder();
    /** When the last letter was typed ({@link System#nanoTime}). */
    private long typedAt;
    /** The button of who was here last, or null. */
    private Button lastHere;

    /**
     * {@code lastHere}: the id of who last signed in at this PC, marked and chosen by the first arrow
     * key; {@code answersTo}: whether a name answers to what was typed (name, typed text).
     */
    public LoginView(String officeName, List<Staff> staff, OptionalLong lastHere, BiPredicate<String, String> answersTo,
            I18n i18n, Node languageBox, Consumer<Staff> onPick) {
        this.i18n = i18n;
        this.staff = staff;
        this.answersTo = answersTo;
        root.setId("loginView");
        root.setPadding(new Insets(24));
        root.setMaxWidth(480);
        Label office = new Label(officeName);
        office.setId("loginOfficeName");
        HBox header = Forms.header(office, languageBox);
        Label question = new Label(i18n.t("login.question"));
        question.setId("loginQuestion");
        hint = new Label(i18n.t("login.hint"));
        hint.setId("loginHint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        picker.setId("staffPicker");
        picker.setPrefRows(Math.max(1, Math.min(staff.size(), ROWS)));
        for (Staff s : staff) {
            Button button = new Button(s.name() + " · " + i18n.label(s.role()));
            button.setId("staff-" + s.id());
            button.setMinWidth(BUTTON_WIDTH);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> onPick.accept(s));
            button.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    button.fire();
                }
            });
            if (lastHere.isPresent() && lastHere.getAsLong() == s.id()) {
                markLastHere(button);
            }
            picker.getChildren().add(button);
        }
        // Focused itself (it is out of the Tab order) until a name is chosen.
        picker.addEventHandler(KeyEvent.KEY_PRESSED, this::beforeAChoice);
        root.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        root.getChildren().addAll(header, question, hint, picker);
    }

    private void markLastHere(Button button) {
        Label mark = new Label(i18n.t("login.lastHere"));
        mark.setId("loginLastHere");
        mark.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        button.setGraphic(mark);
        button.setContentDisplay(ContentDisplay.RIGHT);
        lastHere = button;
    }

    /** Keys while no name has the focus: an arrow or Tab chooses the first person, Enter and Space say how. */
    private void beforeAChoice(KeyEvent e) {
        if (e.getTarget() != picker) {
            return;
        }
        if (e.getCode().isArrowKey() || e.getCode() == KeyCode.TAB) {
            e.consume();
            firstChoice().ifPresent(Node::requestFocus);
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            e.consume();
            hint.setText(i18n.t("login.chooseFirst"));
            hint.getStyleClass().remove(Styles.TEXT_MUTED);
            if (!hint.getStyleClass().contains(Styles.WARNING)) {
                hint.getStyleClass().add(Styles.WARNING);
            }
        }
    }

    /** Who the first arrow key chooses: who was here last, else the first name. */
    private Optional<Node> firstChoice() {
        if (lastHere != null) {
            return Optional.of(lastHere);
        }
        return picker.getChildren().stream().findFirst();
    }

    /** Typing a name's start or pinyin moves the focus to the first name that answers; a pause starts afresh. */
    private void typed(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch.isEmpty() || ch.isBlank() || Character.isISOControl(ch.codePointAt(0)) || e.isControlDown()
                || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        long now = System.nanoTime();
        if (typed.length() > 0 && now - typedAt > TYPING_PAUSE_NANOS) {
            typed.setLength(0);
        }
        typedAt = now;
        typed.append(ch);
        if (!focusFirstAnswering(typed.toString())) {
            // A new start rather than a dead end: "lx" where nobody is "lx" goes on as "x".
            typed.setLength(0);
            typed.append(ch);
            focusFirstAnswering(ch);
        }
        e.consume();
    }

    private boolean focusFirstAnswering(String text) {
        for (int i = 0; i < staff.size(); i++) {
            if (answersTo.test(staff.get(i).name(), text)) {
                picker.getChildren().get(i).requestFocus();
                return true;
            }
        }
        return false;
    }

    public Parent root() {
        return root;
    }

    /** The keyboard focus on the list, with no name chosen yet. */
    public void focus() {
        picker.requestFocus();
    }
}
