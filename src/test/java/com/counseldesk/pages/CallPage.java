package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The call form (热线登记), opened with F2 from anywhere in the main window. Fields are named by the
 * constants; a choice list is chosen in by typing, as a person does from the keyboard.
 */
public final class CallPage extends Page {
    public static final String KIND = "callKindBox";
    public static final String DURATION = "callDurationField";
    public static final String PHONE = "callPhoneField";
    public static final String STUDENT = "callStudentNameField";
    public static final String GENDER = "callGenderBox";
    public static final String GRADE = "callGradeBox";
    public static final String SCHOOL = "callSchoolField";
    public static final String PARENT = "callParentNameField";
    public static final String RELATION = "callRelationBox";
    public static final String DISTRICT = "callDistrictField";
    public static final String ATTITUDE = "callAttitudeField";
    public static final String NEEDS = "callNeedsField";
    public static final String SUMMARY = "callSummaryField";
    public static final String OUTCOME = "callOutcomeBox";
    public static final String OFFER_DAY = "callOfferDay";
    public static final String OFFER_TIME = "callOfferTimeField";
    public static final String OTHER_DAY = "callOtherDay";
    public static final String CHOSEN = "callChosenBox";
    public static final String COUNSELOR = "callCounselorBox";
    public static final String FOLLOW_UP_DAY = "callFollowUpDay";
    public static final String FOLLOW_UP_TIME = "callFollowUpTimeField";
    public static final String FOLLOW_UP_PURPOSE = "callFollowUpPurposeField";
    public static final String SAVE = "callSaveButton";

    public CallPage(FxRobot robot) {
        super(robot);
        node("callForm");
    }

    /** What the form's band says of the last save ("" while there is nothing to say). */
    public String status() {
        return text("callStatus");
    }

    public CallPage expectStatus(String expected) {
        Wait.forValue("the call form's status", expected, this::status);
        return this;
    }

    /** The household the phone found, as the card reads ("" when none is shown). */
    public String household() {
        return text("callHouseholdText");
    }

    public CallPage expectHouseholdShowing(String part) {
        Wait.until("the household card to show " + part, () -> household().contains(part));
        return this;
    }

    /** The households offered under the phone while the number is incomplete, top to bottom. */
    public java.util.List<String> suggestions() {
        return suggestionsIn("callPhoneSuggestions");
    }

    public CallPage expectSuggestions(int count) {
        Wait.forValue("the number of suggestions under the phone", count, () -> suggestions().size());
        return this;
    }

    /** The suggestion that ↓/↑ highlighted (Enter takes it); "" when none is. */
    public String highlightedSuggestion() {
        return highlightedIn("callPhoneSuggestions");
    }

    /** Whose family it is, when it is another counselor's ("" otherwise). */
    public String ownerNotice() {
        return text("callOwnerNotice");
    }

    /** The message under a field ("" when none): {@code error("callPhone")}. */
    public String error(String row) {
        return text(row + "Error");
    }

    public String value(String field) {
        return text(field);
    }

    public CallPage expectValue(String field, String expected) {
        Wait.forValue("#" + field, expected, () -> value(field));
        return this;
    }

    /** Presses Tab until the cursor is on {@code id} (the subjects come after the save in the Tab order). */
    public CallPage tabToField(String id) {
        for (int i = 0; i < 40 && !id.equals(focusedId()); i++) {
            press(KeyCode.TAB);
        }
        expectFocus(id);
        return this;
    }

    /** Types {@code typed} into the choice list with the cursor and waits for it to show {@code label}. */
    public CallPage choose(String typed, String label) {
        String list = focusedId();
        typeText(typed);
        expectValue(list, label);
        return this;
    }

    /** The cursor to the outcome's list, as Shift+Tab or Tab would bring it there. */
    public CallPage focusOutcome() {
        focus(OUTCOME);
        return this;
    }

    /** Ctrl+Enter saves from anywhere in the form. */
    public CallPage saveWithCtrlEnter() {
        pressShortcut(KeyCode.ENTER);
        return this;
    }

    /** Whether a field is on screen (the booking's only once the outcome is 已约上门). */
    public boolean isFieldShown(String id) {
        return isShown(id);
    }

    /** The warnings of the time chosen, as shown under the counselor. */
    public String warnings() {
        return isShown("callWarnings") ? String.join(" / ", texts("callWarnings")) : "";
    }

    private java.util.List<String> texts(String boxId) {
        javafx.scene.layout.Pane box = node(boxId);
        return com.counseldesk.testutil.Fx.get(() -> box.getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
    }
}
