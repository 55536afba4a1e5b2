package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** First run on a new database: name the office and its staff, or try the sample office. */
public final class FirstRunPage extends Page {
    public FirstRunPage(FxRobot robot) {
        super(robot);
        node("firstRunView");
    }

    public String title() {
        return text("firstRunTitle");
    }

    /** Where the data is kept: this PC or the office's server. */
    public DatabaseChoicePage databaseChoice() {
        return new DatabaseChoicePage(robot);
    }

    /** "正在使用：postgresql://…" when the new database is a server's, else "". */
    public String currentDatabase() {
        return text("currentDatabase");
    }

    /** Whether the office's name and staff are asked for (not while another database is being chosen). */
    public boolean asksForTheOffice() {
        return isShown("officeForm");
    }

    public FirstRunPage officeName(String name) {
        fill("officeNameField", name);
        return this;
    }

    /** Types a staff name, picks the role by its label and presses Enter in the name field to add. */
    public FirstRunPage addStaff(String name, String roleLabel) {
        chooseByMouse("staffRoleBox", roleLabel);
        fill("staffNameField", name);
        pressEnter();
        return this;
    }

    /** Clicks into the staff name field and types the name (nothing pressed after it). */
    public FirstRunPage typeStaffName(String name) {
        fill("staffNameField", name);
        return this;
    }

    /** The role the staff row's box shows, e.g. "咨询师". */
    public String role() {
        ComboBox<?> box = node("staffRoleBox");
        return comboLabel(box);
    }

    /** Whether the role box's list is open. */
    public boolean roleListShown() {
        ComboBox<?> box = node("staffRoleBox");
        return Fx.get(box::isShowing);
    }

    /** Ctrl+Enter, the office's own key: creates it and waits for the login screen. */
    public LoginPage createByShortcut() {
        pressShortcut(KeyCode.ENTER);
        return new LoginPage(robot);
    }

    /** The staff added so far as the list shows them, e.g. "李老师 · 咨询师". */
    public List<String> staff() {
        ListView<?> list = node("staffList");
        return Fx.get(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getText() != null)
                .map(n -> (ListCell<?>) n)
                .sorted(Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText)
                .toList());
    }

    public FirstRunPage expectStaff(List<String> expected) {
        Wait.forValue("staff list", expected, this::staff);
        return this;
    }

    public String officeNameError() {
        return text("officeNameError");
    }

    /** The words beside the create button naming its key. */
    public String createHint() {
        return text("createOfficeHint");
    }

    public String staffError() {
        return text("staffError");
    }

    /** Clicks 开始使用 and waits for the login screen. */
    public LoginPage create() {
        click("createOfficeButton");
        return new LoginPage(robot);
    }

    /** Clicks 开始使用 expecting to stay here, with the messages of what is missing. */
    public FirstRunPage createRefused() {
        click("createOfficeButton");
        Wait.until("a message on the first-run screen", () -> !officeNameError().isEmpty() || !staffError().isEmpty());
        return this;
    }

    /** Clicks 用示例数据试用 and waits (longer: three hundred families are written) for the login screen. */
    public LoginPage useSample() {
        click("sampleButton");
        Wait.until("the login screen after creating the sample office", java.time.Duration.ofSeconds(30),
                () -> isShown("staffPicker"));
        return new LoginPage(robot);
    }
}
