package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/**
 * A household's family page in its tab. Controls are looked up inside this household's page only,
 * since several family pages can be open at once. Tables are read as header → cell text.
 */
public final class FamilyPage extends Page {
    private final long householdId;

    public FamilyPage(FxRobot robot, long householdId) {
        super(robot);
        this.householdId = householdId;
        Wait.until("the family page of household " + householdId + " to be on screen",
                () -> root().map(Page::isShown).orElse(false));
    }

    /** The titles of the family pages open in tabs, left to right. */
    public static List<String> openTabs(FxRobot robot) {
        TabPane tabs = (TabPane) robot.lookup("#mainTabs").query();
        return Fx.get(() -> tabs.getTabs().stream()
                .filter(t -> t.getUserData() instanceof String key && key.startsWith("family-"))
                .map(Tab::getText).toList());
    }

    private Optional<Node> root() {
        return Fx.get(() -> robot.lookup("#familyPage-" + householdId).tryQuery());
    }

    @Override
    protected Optional<Node> find(String id) {
        return root().flatMap(r -> Fx.get(() -> Optional.ofNullable(r.lookup("#" + id))));
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The students as the header shows them: "张子涵（初二，实验中学）". */
    public String title() {
        return text("familyTitle");
    }

    public String owner() {
        return text("familyOwner");
    }

    public String channel() {
        return text("familyChannel");
    }

    public String referrer() {
        return text("familyReferrer");
    }

    /** A student's line: "张子涵 · 女 · 初二 · 实验中学". */
    public String student(long studentId) {
        return text("student-" + studentId);
    }

    public String stage(long studentId) {
        return text("student-" + studentId + "-stage");
    }

    /** A contact's line: "王丽（母亲）". */
    public String contact(long contactId) {
        return text("contact-" + contactId);
    }

    public boolean canReassign() {
        return isShown("reassignButton");
    }

    public List<Map<String, String>> history() {
        return TableRows.of(node("familyHistoryTable"));
    }

    public List<Map<String, String>> timeline() {
        return TableRows.of(node("timelineTable"));
    }

    /** Waits for a history row with these cells (header → text) and returns it. */
    public Map<String, String> expectHistoryRow(Map<String, String> cells) {
        return expectRow("familyHistoryTable", cells);
    }

    /** Waits for a timeline row with these cells and returns it. */
    public Map<String, String> expectTimelineRow(Map<String, String> cells) {
        return expectRow("timelineTable", cells);
    }

    /** The style classes of the timeline row whose cell under {@code header} reads {@code value}. */
    public List<String> timelineRowStyle(String header, String value) {
        return TableRows.styleOf(node("timelineTable"), header, value);
    }

    private Map<String, String> expectRow(String tableId, Map<String, String> cells) {
        TableView<?> table = node(tableId);
        try {
            Wait.until("a row " + cells + " in #" + tableId, () -> TableRows.of(table).stream()
                    .anyMatch(r -> r.entrySet().containsAll(cells.entrySet())));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the rows are " + TableRows.of(table), e);
        }
        return TableRows.of(table).stream().filter(r -> r.entrySet().containsAll(cells.entrySet())).findFirst()
                .orElseThrow();
    }

    // ---- doing ---------------------------------------------------------------------------------

    /** Opens a contact's form, types the new name over the old one and saves; waits until the form closes. */
    public FamilyPage renameContact(long contactId, String name) {
        String form = "contact-" + contactId;
        click("editContact-" + contactId);
        fill(form + "-name", name);
        click(form + "-save");
        Wait.until("the contact's form to close", () -> !isShown(form + "-save"));
        return this;
    }

    /** What a field of one of the page's forms holds ("contact-12-name"). */
    public String value(String fieldId) {
        return text(fieldId);
    }

    /** The message under a field of one of the page's forms ("contact-12-phone-number"), "" when there is none. */
    public String error(String fieldId) {
        return text(fieldId + "Error");
    }

    /** Opens a contact's phone form, types the number and presses its save button (which may be refused). */
    public FamilyPage addPhone(long contactId, String number) {
        click("addPhone-" + contactId);
        fill("contact-" + contactId + "-phone-number", number);
        click("contact-" + contactId + "-phone-save");
        return this;
    }

    /** Selects the timeline row whose cell under {@code header} reads {@code value}. */
    public FamilyPage selectTimeline(String header, String value) {
        expectTimelineRow(Map.of(header, value));
        clickOn(TableRows.cell(node("timelineTable"), header, value));
        return this;
    }

    /** The label of the button under the timeline (what can be done with the selected entry). */
    public String timelineAction() {
        return text("timelineActionButton");
    }

    /** Presses the timeline's action for the selected visit: the correct-or-void dialog. */
    public VisitEditPage correctSelectedVisit() {
        Wait.until("the timeline's action to be enabled", () -> isEnabled("timelineActionButton"));
        click("timelineActionButton");
        return new VisitEditPage(robot);
    }

    // ---- follow-ups -----------------------------------------------------------------------------

    /** The household's open follow-ups as the page lists them (header → cell). */
    public List<Map<String, String>> followUps() {
        return TableRows.of(node("followUpTable"));
    }

    /** Waits for an open follow-up with these cells and returns it. */
    public Map<String, String> expectFollowUp(Map<String, String> cells) {
        return expectRow("followUpTable", cells);
    }

    /** "回访（1 个待办）". */
    public String followUpsTitle() {
        return text("followUpsTitle");
    }

    /** Whether the page shows the follow-ups (not to another counselor, not to the desk). */
    public boolean showsFollowUps() {
        return isShown("followUps");
    }

    /** Presses 安排回访: the planning dialog opens. */
    public FollowUpPage planFollowUp() {
        click("planFollowUpButton");
        return new FollowUpPage(robot);
    }

    /** Chooses the open follow-up whose cell under {@code header} reads {@code value} and presses 记录结果. */
    public FollowUpResultPage recordFollowUp(String header, String value) {
        expectFollowUp(Map.of(header, value));
        clickOn(TableRows.cell(node("followUpTable"), header, value));
        Wait.until("记录结果 to be enabled", () -> isEnabled("recordFollowUpButton"));
        click("recordFollowUpButton");
        return new FollowUpResultPage(robot);
    }

    /** As a manager: gives the household to {@code counselorLabel} ("张伟 · 咨询师") with a reason. */
    public FamilyPage reassign(String counselorLabel, String reason) {
        click("reassignButton");
        chooseByMouse("ownerForm-owner", counselorLabel);
        fill("ownerForm-reason", reason);
        click("ownerForm-save");
        Wait.until("the owner's form to close", () -> !isShown("ownerForm-save"));
        return this;
    }
}
