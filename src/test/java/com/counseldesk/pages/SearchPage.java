package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** Find anyone (Ctrl+F): the search field, the filters and the households found. */
public final class SearchPage extends Page {
    public static final String FIELD = "searchField";
    public static final String RESULTS = "searchResults";

    public SearchPage(FxRobot robot) {
        super(robot);
        node("searchView");
    }

    /** Types into whatever has the cursor (the search field, once it is open), as a person types. */
    public SearchPage type(String text) {
        typeText(text);
        return this;
    }

    /** Clears the search field and types {@code text} into it. */
    public SearchPage search(String text) {
        fill(FIELD, text);
        return this;
    }

    public String text() {
        return text(FIELD);
    }

    /** The households as the list shows them, top to bottom: column header → cell text. */
    public List<Map<String, String>> rows() {
        return TableRows.of(node(RESULTS));
    }

    /** One column of the list, top to bottom. */
    public List<String> column(String header) {
        return rows().stream().map(r -> r.getOrDefault(header, "")).toList();
    }

    /** Waits until the column under {@code header} reads {@code expected}, top to bottom. */
    public SearchPage expectColumn(String header, List<String> expected) {
        Wait.forValue("the list's " + header, expected, () -> column(header));
        return this;
    }

    /** What the list says about itself ("共 2 户", "没有找到…"). */
    public String status() {
        return text("searchStatus");
    }

    /** The row the list has chosen (-1 for none). */
    public int chosenRow() {
        TableView<?> table = node(RESULTS);
        return Fx.get(() -> table.getSelectionModel().getSelectedIndex());
    }

    public SearchPage pressDown() {
        press(KeyCode.DOWN);
        return this;
    }

    /** Enter: opens the chosen household's family page. */
    public FamilyPage openWithEnter(long householdId) {
        pressEnter();
        return new FamilyPage(robot, householdId);
    }

    /** Chooses an intent level in its filter (offered to those who read intent levels). */
    public SearchPage chooseIntent(String label) {
        chooseByMouse("intentFilter", label);
        return this;
    }

    public boolean offersIntentFilter() {
        return isShown("intentFilter");
    }

    public SearchPage chooseStage(String label) {
        chooseByMouse("stageFilter", label);
        return this;
    }

    /**
     * Clicks into the first day of first contact and types a day over what is there (as typed:
     * "2026-13-01" stays). The date picker keeps the focus and hands the keys to its text field.
     */
    public SearchPage firstContactFrom(String typed) {
        TextInputControl editor = node("firstContactFromText");
        clickOn(editor);
        expectFocus("firstContactFrom");
        if (!textOf(editor).isEmpty()) {
            pressShortcut(KeyCode.A);
            press(KeyCode.BACK_SPACE);
        }
        typeText(typed);
        Wait.forValue("the first day typed", typed, () -> textOf(editor));
        return this;
    }

    /** What the first day of first contact's field shows. */
    public String firstContactFromText() {
        return text("firstContactFromText");
    }

    /** The message beside the first day of first contact; "" while it is fine. */
    public String firstContactFromError() {
        return text("firstContactFromError");
    }

    /** 导出 Excel at the foot of the list. */
    public ExportBarPage export() {
        return new ExportBarPage(robot);
    }

    public boolean canLoadMore() {
        return isShown("moreButton");
    }

    public SearchPage loadMore() {
        click("moreButton");
        return this;
    }
}
