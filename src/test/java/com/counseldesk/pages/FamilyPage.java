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
import javafx.scene.input.KeyCode;
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

    /** Ctrl+K: the contract form (签单) for this family. */
    public SignPage sign() {
        focus("householdContracts");
        pressShortcut(KeyCode.K);
        return new SignPage(robot);
    }

    /** Whether 签单 is offered to the person at this PC. */
    public boolean offersSign() {
        return isShown("signContractButton");
    }

    /** The family's contracts as the page lists them. */
    public List<Map<String, String>> contracts() {
        return TableRows.of(node("householdContracts"));
    }

    /** The notes' heading: "咨询记录（2）". */
    public String notesTitle() {
        return text("notesTitle");
    }

    /** The household's notes as listed, newest first: "2026-11-27 10:00 · 李明 · 已签字 · 张子涵 — …". */
    public List<String> notes() {
        Node list = node("notesList");
        return Fx.get(() -> list.lookupAll(".hyperlink").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("note-")).map(Page::textOf).toList());
    }

    /** Waits until the notes listed are {@code expected}. */
    public FamilyPage expectNotes(List<String> expected) {
        Wait.forValue("the family's notes", expected, this::notes);
        return this;
    }

    /** Why the notes are not listed (another counselor's family), "" when they are. */
    public String notesRefused() {
        return text("notesRefused");
    }

    public boolean offersNewNote() {
        return isShown("newNoteButton");
    }

    /** Whether the page has a notes section at all (not for the front desk). */
    public boolean showsNotes() {
        return isShown("familyNotes");
    }

    // ---- doing ---------------------------------------------------------------------------------

    /** 写咨询记录: the editor of a new note opens in its tab. */
    public NotePage newNote() {
        Wait.until("写咨询记录 to be offered", this::offersNewNote);
        click("newNoteButton");
        return new NotePage(robot);
    }

    /** Tabs to 写咨询记录 and presses Space: a new note opens in its editor. */
    public NotePage newNoteWithKeyboard() {
        Wait.until("写咨询记录 to be offered", this::offersNewNote);
        tabUntil("newNoteButton");
        press(KeyCode.SPACE);
        return new NotePage(robot);
    }

    /** Opens a listed note in its editor, from the keyboard (the link takes the cursor, Enter opens it). */
    public NotePage openNote(long noteId) {
        focus("note-" + noteId);
        pressEnter();
        return new NotePage(robot);
    }

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

    // ---- the consultation part: client-type tags, strategy cards, intent levels -------------------

    /** The household's tags as their chips read, in the order they were put on. */
    public List<String> tags() {
        Optional<Node> chips = find("consultTags").filter(Page::isShown);
        return chips.map(box -> Fx.get(() -> box.lookupAll(".tag-chip").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList())).orElse(List.of());
    }

    public FamilyPage expectTags(List<String> expected) {
        Wait.forValue("the family's tags", expected, this::tags);
        return this;
    }

    /** Whether the page offers to tag the family (the type choice is on screen). */
    public boolean offersTagging() {
        return isShown("consultTagChoice");
    }

    /** Why the page shows no consultation records ("这是其他咨询师的客户…"), "" when it shows them. */
    public String consultNotice() {
        return text("consultNotice");
    }

    /** Waits until the type box offers these choices, top to bottom. */
    public FamilyPage expectTagChoices(List<String> expected) {
        Wait.forValue("the types to choose from", expected, () -> comboItems("consultTagChoice"));
        return this;
    }

    /**
     * Goes to the type box as Tab would, types there (the start of a type's name, its pinyin or
     * initials), waits until it shows {@code label}, and presses Enter: the family carries the type.
     */
    public FamilyPage tagByTyping(String typed, String label) {
        typeToChoose("consultTagChoice", typed);
        Wait.forValue("the chosen type", label, () -> text("consultTagChoice"));
        pressEnter();
        return this;
    }

    /** Goes to the × of a tag's chip as Tab would and presses Space: the tag comes off. */
    public FamilyPage removeTagWithKeyboard(long tagId) {
        focus("consultTagRemove-" + tagId);
        press(javafx.scene.input.KeyCode.SPACE);
        return this;
    }

    /**
     * The strategy cards beside the page, top to bottom, each as what it shows: its title and, under
     * the headings, the signs, the mistakes and the strategy.
     */
    public List<List<String>> strategyCards() {
        Optional<Node> cards = find("consultStrategyCards").filter(Page::isShown);
        return cards.map(box -> Fx.get(() -> ((javafx.scene.Parent) box).getChildrenUnmodifiable().stream()
                .map(card -> ((javafx.scene.Parent) card).getChildrenUnmodifiable().stream()
                        .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList())
                .toList())).orElse(List.of());
    }

    /** A student's intent level as its box shows it (未判断 when not judged yet; "" when there is no box). */
    public String intent(long studentId) {
        return text("consultIntent-" + studentId);
    }

    /** Goes to a student's intent box as Tab would, types to choose {@code label}, and presses Enter: it is set. */
    public FamilyPage setIntentByTyping(long studentId, String typed, String label) {
        String box = "consultIntent-" + studentId;
        typeToChoose(box, typed);
        Wait.forValue("the chosen intent", label, () -> text(box));
        pressEnter();
        return this;
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
        scrollIntoView("followUpTable");
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
