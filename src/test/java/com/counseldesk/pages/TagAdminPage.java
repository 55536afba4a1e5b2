package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The office's client-type tags (咨询者类型), a manager's screen: the list, and the form that adds a
 * tag or edits the selected one. Rows are read as the user reads them, column header → cell text.
 */
public final class TagAdminPage extends Page {
    public TagAdminPage(FxRobot robot) {
        super(robot);
        node("tagAdminView");
    }

    public List<Map<String, String>> rows() {
        return TableRows.of(node("tagTable"));
    }

    /** Waits until the list's column under {@code header} reads {@code expected}, top to bottom. */
    public TagAdminPage expectColumn(String header, List<String> expected) {
        Wait.forValue("the list's " + header, expected,
                () -> rows().stream().map(r -> r.getOrDefault(header, "")).toList());
        return this;
    }

    /** Types into the form's fields (the name, colour, signs and strategy); null leaves a field as it is. */
    public TagAdminPage fillIn(String name, String colour, String signs, String strategy) {
        if (name != null) {
            fill("tagNameField", name);
        }
        if (colour != null) {
            fill("tagColourField", colour);
        }
        if (signs != null) {
            fill("tagSignsField", signs);
        }
        if (strategy != null) {
            fill("tagStrategyField", strategy);
        }
        return this;
    }

    /** Ctrl+Enter: saves the form from whichever of its fields has the cursor. */
    public TagAdminPage saveWithKeyboard() {
        pressShortcut(KeyCode.ENTER);
        return this;
    }

    public String error(String field) {
        return text(field + "Error");
    }

    /** Waits for the message under a field ("tagName", "tagColour", "tagSigns" …). */
    public TagAdminPage expectError(String field, String expected) {
        Wait.forValue("the message under " + field, expected, () -> error(field));
        return this;
    }

    /** The outcome beside the save button ("已添加“急躁型”"). */
    public String saved() {
        return text("tagSaved");
    }

    /** Clicks a tag's name in the list; the form (or a built-in type's card) shows it. */
    public TagAdminPage select(String nameHeader, String name) {
        TableView<?> table = node("tagTable");
        Wait.until(name + " in the list", () -> TableRows.of(table).stream().anyMatch(r -> name.equals(r.get(nameHeader))));
        clickOn(TableRows.cell(table, nameHeader, name));
        return this;
    }

    public boolean showsForm() {
        return isShown("tagNameField");
    }

    public boolean showsBuiltinCard() {
        return isShown("builtinTagCard");
    }

    /** Clicks 停用 / 重新启用 for the selected tag. */
    public TagAdminPage toggleActive() {
        click("toggleTagButton");
        return this;
    }
}
