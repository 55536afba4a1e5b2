package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * The staff screen (员工管理): the list, the form to add a person, the selected person's form and the
 * history. Rows are read as the user reads them, column header → cell text.
 */
public final class StaffPage extends Page {
    public StaffPage(FxRobot robot) {
        super(robot);
        node("staffView");
    }

    /** The list as "name · role · status" lines, top to bottom. */
    public List<String> staff() {
        return TableRows.of(node("staffTable")).stream()
                .map(r -> String.join(" · ", r.values())).toList();
    }

    public StaffPage expectStaff(List<String> expected) {
        Wait.forValue("the staff list", expected, this::staff);
        return this;
    }

    /** The history rows, newest first: header → cell. */
    public List<Map<String, String>> history() {
        return TableRows.of(node("staffHistoryTable"));
    }

    /** The history's "change" column of the newest {@code n} rows, e.g. "停用". */
    public List<String> latestChanges(int n, String whatHeader) {
        return history().stream().limit(n).map(r -> r.get(whatHeader)).toList();
    }

    public StaffPage expectLatestChange(String person, String what, String personHeader, String whatHeader) {
        Wait.until("the newest history row to be " + person + " " + what, () -> {
            List<Map<String, String>> rows = history();
            return !rows.isEmpty() && person.equals(rows.get(0).get(personHeader))
                    && what.equals(rows.get(0).get(whatHeader));
        });
        return this;
    }

    /** Types a name and a role in the add form and presses Enter in the name field. */
    public StaffPage add(String name, String roleLabel) {
        chooseByMouse("newStaffRoleBox", roleLabel);
        fill("newStaffNameField", name);
        pressEnter();
        return this;
    }

    /** Goes to the add form's role box as Tab would and types there ("zg" for 主管). */
    public StaffPage typeInNewRole(String typed) {
        typeToChoose("newStaffRoleBox", typed);
        return this;
    }

    public boolean isNewRoleListOpen() {
        return isOpen("newStaffRoleBox");
    }

    /** The role the add form's box shows. */
    public String newRole() {
        return text("newStaffRoleBox");
    }

    /** Types a name in the add form and presses Enter there, keeping the role chosen. */
    public StaffPage addNamed(String name) {
        fill("newStaffNameField", name);
        pressEnter();
        return this;
    }

    /** Clicks 添加 with what the add form holds. */
    public StaffPage clickAdd() {
        click("addStaffButton");
        return this;
    }

    public String newNameError() {
        return text("newStaffNameError");
    }

    public StaffPage expectNewNameError(String expected) {
        Wait.forValue("the message beside the new name", expected, this::newNameError);
        return this;
    }

    public String newName() {
        return text("newStaffNameField");
    }

    /**
     * Clicks the person's name in the list, once the list (read in the background) shows it; their
     * form shows them.
     */
    public StaffPage select(String name, String nameHeader) {
        TableView<?> table = node("staffTable");
        Wait.until(name + " in the staff list",
                () -> TableRows.of(table).stream().anyMatch(r -> name.equals(r.get(nameHeader))));
        clickOn(TableRows.cell(table, nameHeader, name));
        Wait.forValue("the selected person's form", name, () -> text("editStaffNameField"));
        return this;
    }

    public String selectedTitle() {
        return text("selectedStaffTitle");
    }

    /** Renames the selected person and picks a role, then clicks 保存修改. */
    public StaffPage edit(String name, String roleLabel) {
        fill("editStaffNameField", name);
        chooseByMouse("editStaffRoleBox", roleLabel);
        click("saveStaffButton");
        return this;
    }

    public String editNameError() {
        return text("editStaffNameError");
    }

    public StaffPage expectEditNameError(String expected) {
        Wait.forValue("the message beside the name", expected, this::editNameError);
        return this;
    }

    public String editRoleError() {
        return text("editStaffRoleError");
    }

    /** The deactivate / reactivate button's text. */
    public String toggleActiveButton() {
        return text("toggleActiveButton");
    }

    public StaffPage clickToggleActive() {
        click("toggleActiveButton");
        return this;
    }

    /** The message beside the deactivate button. */
    public String activeError() {
        return text("toggleActiveError");
    }

    public StaffPage expectActiveError(String expected) {
        Wait.forValue("the message beside the deactivate button", expected, this::activeError);
        return this;
    }

    public boolean showsSelfHint() {
        return isShown("selfHint");
    }

    /** The headers of the list, left to right. */
    public List<String> headers() {
        TableView<?> table = node("staffTable");
        return Fx.get(() -> table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList());
    }

    public void pressEscape() {
        press(KeyCode.ESCAPE);
    }
}
