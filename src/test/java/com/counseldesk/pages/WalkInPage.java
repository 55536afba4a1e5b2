package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The 来访登记 form. Fields are named as on screen; combo boxes are chosen by the label they show.
 * Typing methods leave the focus where a person's typing would leave it.
 */
public final class WalkInPage extends Page {
    public static final String PHONE = "phoneField";
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

    /** Enter saves from anywhere in the form. */
    public WalkInPage save() {
        pressEnter();
        return this;
    }

    public WalkInPage clickSave() {
        click("saveButton");
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

    /** The returning-family card under the phone; "" while the phone matches no family. */
    public String knownFamily() {
        return text("knownFamilyText");
    }

    public WalkInPage expectKnownFamily() {
        Wait.until("the returning-family card", () -> !knownFamily().isEmpty());
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
