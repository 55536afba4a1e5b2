package com.counseldesk.walkin.ui;

import static com.counseldesk.pages.WalkInPage.PHONE;
import static com.counseldesk.pages.WalkInPage.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.pages.WalkInPage;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The households suggested under an unfinished phone are taken with ↓/↑ and Enter, the cursor staying there. */
class PhoneSuggestionGuiTest extends GuiTest {
    private TestOffice office;

    /**
     * The desk with 1381 typed in the phone: 张子涵 (138 1234 5678) and 李子轩 (138 1999 0000), both
     * 李明's, are suggested under it in that order.
     */
    private WalkInPage deskSuggestingTwo() {
        office = typicalOffice();
        office.register(office.walkIn("李明").phone("138 1234 5678").student("张子涵").grade(Grade.J2)
                .parent("王丽").relation(Relation.MOTHER));
        office.register(office.walkIn("李明").phone("138 1999 0000").student("李子轩").grade(Grade.P3)
                .parent("李强").relation(Relation.FATHER));
        return startAs(office, "王芳").walkIn().typePhone("1381").expectSuggestions(2);
    }

    @Test
    void downAndEnterTakeAPhoneSuggestionWithoutSaving() {
        WalkInPage form = deskSuggestingTwo();
        assertTrue(form.suggestions().get(0).contains("张子涵"), form.suggestions().toString());
        assertEquals("", form.highlightedSuggestion());
        form.press(KeyCode.DOWN);
        assertEquals(form.suggestions().get(0), form.highlightedSuggestion());
        form.expectFocus(PHONE);
        form.pressEnter();

        form.expectHouseholdShowing("张子涵");
        assertEquals("138 1234 5678", form.value(PHONE));
        assertEquals("", form.status(), "Enter took the suggestion; nothing was saved");
        assertEquals("", form.error("phone"));
        form.expectFocus(PHONE);
        assertEquals(2, office.count("visit"), "no visit was added");
    }

    @Test
    void upMovesTheHighlightBackAndEscapeOrTypingLeavesIt() {
        WalkInPage form = deskSuggestingTwo();
        List<String> offered = form.suggestions();
        form.press(KeyCode.DOWN);
        form.press(KeyCode.DOWN);
        assertEquals(offered.get(1), form.highlightedSuggestion());
        form.press(KeyCode.DOWN);
        assertEquals(offered.get(1), form.highlightedSuggestion(), "↓ stays on the last");
        form.press(KeyCode.ESCAPE);
        assertEquals("", form.highlightedSuggestion(), "Escape leaves the suggestions");
        form.press(KeyCode.DOWN);
        form.typeText("2");
        assertEquals("", form.highlightedSuggestion(), "typing on leaves the suggestions");
        form.expectSuggestions(1);
        form.press(KeyCode.BACK_SPACE);
        form.expectSuggestions(2);

        form.press(KeyCode.DOWN);
        form.press(KeyCode.DOWN);
        form.press(KeyCode.UP);
        assertEquals(offered.get(0), form.highlightedSuggestion());
        form.pressEnter();
        form.expectHouseholdShowing("张子涵");
        assertEquals("138 1234 5678", form.value(PHONE));
    }

    @Test
    void enterWithNoSuggestionHighlightedStillSaves() {
        WalkInPage form = deskSuggestingTwo();
        form.press(KeyCode.DOWN);
        form.press(KeyCode.UP);
        assertEquals("", form.highlightedSuggestion(), "↑ from the first leaves the suggestions");
        form.press(KeyCode.DOWN);
        form.tabTo(STUDENT);
        assertEquals("", form.highlightedSuggestion(), "leaving the phone leaves the suggestions");
        form.pressEnter();

        Wait.until("the save to name the unfinished phone", () -> !form.error("phone").isEmpty());
        assertEquals("", form.household());
    }
}
