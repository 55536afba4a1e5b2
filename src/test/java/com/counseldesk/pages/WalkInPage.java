package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

/**
 * The 来访登记 form. Fields are named as on screen; combo boxes are chosen by the label they show.
 * Typing methods leave the focus where a person's typing would leave it.
 */
public final class WalkInPage extends Page {
    public static final String PHONE = "phoneField";
    /** Which child came: the household's students and 新增孩子; shown once the phone found a household. */
    public static final String STUDENT_BOX = "studentBox";
    public static final String STUDENT = "studentNameField";
    public static final String GENDER = "genderBox";
    public static final String GRADE = "gradeBox";
    public static final String SCHOOL = "schoolField";
    public static final String PARENT = "parentNameField";
    public static final String RELATION = "relationBox";
    public static final String CHANNEL = "channelBox";
    public static final String REFERRER = "referrerField";
    public static final String WHO_CAME = "whoCameField";
    public static final String PURPOSE = "purposeField";
    public static final String COUNSELOR = "counselorBox";

    public WalkInPage(FxRobot robot) {
        super(robot);
        node("walkInView");
    }

    public String title() {
        return text("walkInTitle");
    }

    /** The label in front of a field, e.g. {@code label("phone")} reads "联系电话". */
    public String label(String field) {
        return text(field + "Label");
    }

    public String saveButton() {
        return text("saveButton");
    }

    public String newButton() {
        return text("newButton");
    }

    // ---- typing --------------------------------------------------------------------------------

    /** Clicks into the phone field, replaces what is there with {@code phone}. */
    public WalkInPage typePhone(String phone) {
        fill(PHONE, phone);
        return this;
    }

    /** Clicks into a text field (one of the constants above) and types {@code text} over its content. */
    public WalkInPage fillField(String field, String text) {
        fill(field, text);
        return this;
    }

    /** Opens a combo box (one of the constants above) and clicks the item that reads {@code label}. */
    public WalkInPage choose(String combo, String label) {
        chooseByMouse(combo, label);
        return this;
    }

    /**
     * Goes to a combo box (one of the constants above) as Tab would, without opening it, and types
     * {@code typed} there: the start of an item's label, its pinyin or its initials.
     */
    public WalkInPage chooseByTyping(String combo, String typed) {
        typeToChoose(combo, typed);
        return this;
    }

    /** Goes to a combo box as Tab would and presses Space, which opens its list. */
    public WalkInPage openByKeyboard(String combo) {
        focus(combo);
        press(KeyCode.SPACE);
        Wait.until("#" + combo + " to open", () -> isOpen(combo));
        return this;
    }

    /** Waits for the question the form asks on saving (a family already here today), to answer it. */
    public ConfirmPage question() {
        return new ConfirmPage(robot);
    }

    /** The note under the channel that it was proposed from the family's visits; "" when there is none. */
    public String channelProposal() {
        return text("channelProposed");
    }

    /** Where the field's message sits on screen (its top edge, in the window), to see that nothing moves. */
    public double topOf(String field) {
        javafx.scene.Node n = node(field);
        return Fx.get(() -> n.localToScene(n.getBoundsInLocal()).getMinY());
    }

    /** Enter saves from anywhere in the form. */
    public WalkInPage save() {
        pressEnter();
        return this;
    }

    /** Clicks 保存, scrolling the form down to it first when it is below the visible part, as a person would. */
    public WalkInPage clickSave() {
        scrollIntoView("saveButton");
        click("saveButton");
        return this;
    }

    /** Clicks 新登记 (the button of Ctrl+N). */
    public WalkInPage clickNew() {
        click("newButton");
        return this;
    }

    /** Ctrl+N (⌘N on a Mac) starts a new registration. */
    public WalkInPage pressNew() {
        pressShortcut(KeyCode.N);
        return this;
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The value a text field holds, or the label a combo box shows. */
    public String value(String field) {
        return text(field);
    }

    /** Waits until a field shows {@code expected} (a value put in from the record, say). */
    public WalkInPage expectValue(String field, String expected) {
        Wait.forValue("#" + field, expected, () -> value(field));
        return this;
    }

    /** Whether a field is on screen at all (the referrer's phone is shown only for a referral). */
    public boolean isFieldShown(String field) {
        return isShown(field);
    }

    /** The red message under a field ("phone", "studentName", "channel", …); "" when there is none. */
    public String error(String field) {
        return text(field + "Error");
    }

    public String status() {
        return text("statusLabel");
    }

    public WalkInPage expectStatus(String expected) {
        Wait.forValue("status line", expected, this::status);
        return this;
    }

    /**
     * How the status band reads, from its colour: "success" (green), "error" (red), "info" (neutral),
     * or "" while it is empty.
     */
    public String statusLook() {
        javafx.scene.control.Label band = node("statusLabel");
        return Fx.get(() -> band.getStyleClass().stream().filter(c -> c.startsWith("notice-"))
                .map(c -> c.substring("notice-".length())).findFirst().orElse(""));
    }

    /** Whether the status band is inside the visible part of the window (not scrolled away, not clipped). */
    public boolean isStatusOnScreen() {
        javafx.scene.Node band = node("statusLabel");
        return Fx.get(() -> {
            javafx.geometry.Bounds b = band.localToScene(band.getBoundsInLocal());
            return isShown(band) && b.getMinY() >= 0 && b.getMaxY() <= band.getScene().getHeight()
                    && b.getMinX() >= 0 && b.getMaxX() <= band.getScene().getWidth();
        });
    }

    /** Whether the whole of a control is in the visible part of the form (not below its scrolled view). */
    public boolean isInSight(String id) {
        javafx.scene.control.ScrollPane pane = node("walkInScroll");
        javafx.scene.Node n = node(id);
        return Fx.get(() -> {
            javafx.geometry.Bounds view = pane.localToScene(pane.getLayoutBounds());
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
        });
    }

    /** Whether the field can take the keyboard focus (the status band must never take it). */
    public boolean isFocusable(String id) {
        javafx.scene.Node n = node(id);
        return Fx.get(n::isFocusTraversable);
    }

    /** The fields whose label carries the red asterisk of a required field, in form order ("phone", …). */
    public List<String> requiredFields() {
        javafx.scene.Parent form = node("walkInView");
        return Fx.get(() -> form.lookupAll(".required-mark").stream()
                .filter(Page::isShown)
                .map(n -> n.getId().substring(0, n.getId().length() - "Required".length())).toList());
    }

    /** The line that says what the asterisk means. */
    public String requiredNote() {
        return text("requiredNote");
    }

    /** The household card under the phone (students, contacts, owner, last contact); "" while there is none. */
    public String household() {
        return text("householdText");
    }

    public WalkInPage expectHousehold() {
        Wait.until("the household card", () -> !household().isEmpty());
        return this;
    }

    /** Waits until the household card mentions {@code text} (a student's line, say). */
    public WalkInPage expectHouseholdShowing(String text) {
        try {
            Wait.until("the household card showing " + text, () -> household().contains(text));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the card reads: " + household(), e);
        }
        return this;
    }

    /** The households offered under the phone while the number is incomplete, top to bottom. */
    public List<String> suggestions() {
        return suggestionsIn("phoneSuggestions");
    }

    public WalkInPage expectSuggestions(int count) {
        Wait.forValue("the number of suggestions under the phone", count, () -> suggestions().size());
        return this;
    }

    /** The suggestion that ↓/↑ highlighted (Enter takes it); "" when none is. */
    public String highlightedSuggestion() {
        return highlightedIn("phoneSuggestions");
    }

    /** The counselors the desk can hand a visitor to, as the box lists them. */
    public List<String> counselorChoices() {
        return comboItems(COUNSELOR);
    }

    /** The choices of the student box as the desk reads them, top to bottom. */
    public List<String> studentChoices() {
        return comboItems(STUDENT_BOX);
    }

    /** Ticks a brother or sister who came too, by the tick's text ("张子轩 也来了"). */
    public WalkInPage tickAlsoCame(String text) {
        Wait.until("the tick " + text, () -> Fx.get(() -> node("alsoCameBox").lookupAll(".check-box").stream()
                .anyMatch(n -> text.equals(((CheckBox) n).getText()))));
        CheckBox tick = Fx.get(() -> node("alsoCameBox").lookupAll(".check-box").stream().map(n -> (CheckBox) n)
                .filter(n -> text.equals(n.getText())).findFirst().orElseThrow());
        clickOn(tick);
        Wait.until("the tick " + text + " set", () -> Fx.get(tick::isSelected));
        return this;
    }

    /** Whether the form offers households whose parent has the typed name (for a new number). */
    public boolean isSameNameOffered() {
        return isShown("sameNameBox");
    }

    /** The texts of the same-name offer: its question, then one line per household offered. */
    public List<String> sameNameTexts() {
        VBox box = node("sameNameBox");
        return Fx.get(() -> box.lookupAll(".label").stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList());
    }

    /** Clicks 是这一家 beside the household offered for the new number. */
    public WalkInPage attach(long householdId) {
        click("attach-" + householdId);
        Wait.until("the note that the number joins the household", () -> !attached().isEmpty());
        return this;
    }

    /** The note that the new number joins a household; "" when it does not. */
    public String attached() {
        return text("attachedText");
    }

    public WalkInPage detach() {
        click("detachLink");
        Wait.forValue("the note that the number joins the household", "", this::attached);
        return this;
    }

    /** The "no taking over" warning under the counselor; "" when there is none. */
    public String ownerWarning() {
        return text("ownerWarning");
    }

    /** Clicks the link on the household card that opens the family page. */
    public FamilyPage openFamily(long householdId) {
        click("openFamilyLink");
        return new FamilyPage(robot, householdId);
    }

    public boolean isSaveEnabled() {
        return isEnabled("saveButton");
    }

    /** Waits until every field is back to empty (or 未填 for the combo boxes that have it). */
    public WalkInPage expectCleared(String notGiven) {
        for (String f : new String[] {PHONE, STUDENT, SCHOOL, PARENT, WHO_CAME, PURPOSE}) {
            Wait.forValue("#" + f + " after clearing", "", () -> value(f));
        }
        for (String f : new String[] {GENDER, GRADE, RELATION}) {
            Wait.forValue("#" + f + " after clearing", notGiven, () -> value(f));
        }
        for (String f : new String[] {CHANNEL, COUNSELOR}) {
            Wait.forValue("#" + f + " after clearing", "", () -> value(f));
        }
        return this;
    }
}
