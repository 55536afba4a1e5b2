package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * A consultation note's editor, the one in the tab in front. Field ids: "MATH-score", "MATH-fullMarks",
 * "OTHER-subjectName", "attitude", "needs", "step-3" … Typing goes to the control with the cursor, as
 * a person types; {@link #goTo} brings the cursor to a control as Tab would, without the mouse.
 */
public final class NotePage extends Page {
    public NotePage(FxRobot robot) {
        super(robot);
        Wait.until("a note's editor to be on screen", () -> root().isPresent());
    }

    private Optional<Node> root() {
        return Fx.get(() -> robot.lookup("#noteEditor").match(Page::isShown).tryQuery());
    }

    @Override
    protected Optional<Node> find(String id) {
        return root().flatMap(r -> Fx.get(() -> Optional.ofNullable(r.lookup("#" + id))));
    }

    // ---- reading -------------------------------------------------------------------------------

    /** "咨询记录 · 张子涵". */
    public String title() {
        return text("noteTitle");
    }

    /** "会谈 2026-11-27 10:00 · 李明 · 已签字", or that it is a new note. */
    public String session() {
        return text("noteSession");
    }

    /** How the note stands, in the band beside it: saved when, signed, locked, what to fix. */
    public String status() {
        return text("noteStatus");
    }

    /** Waits until the band reads {@code expected}. */
    public NotePage expectStatus(String expected) {
        Wait.forValue("the note's status", expected, this::status);
        return this;
    }

    /** What a field holds. */
    public String value(String id) {
        return text(id);
    }

    /** The message under a field, "" when there is none. */
    public String error(String id) {
        return text(id + "Error");
    }

    /** Whether a text field or area takes typing (false once the note is signed or locked). */
    public boolean isWritable(String id) {
        TextInputControl field = node(id);
        return Fx.get(() -> field.isEditable() && !field.isDisabled());
    }

    public boolean isTicked(int step) {
        CheckBox box = node("step-" + step);
        return Fx.get(box::isSelected);
    }

    public boolean canTick(int step) {
        return isEnabled("step-" + step);
    }

    /** The office's talk track under a step, "" when it has none. */
    public String track(int step) {
        return text("step-" + step + "-track");
    }

    /** A client type's own track above the steps ("猜忌型：…"), by the tag's id. */
    public String typeTrack(long tagId) {
        return text("typeTrack-" + tagId);
    }

    /** A client type's track for a step, by the tag's id. */
    public String typeTrack(int step, long tagId) {
        return text("step-" + step + "-type-" + tagId);
    }

    /** The amendments' texts under the note, oldest first. */
    public List<String> amendments() {
        Node list = node("amendments");
        return Fx.get(() -> list.lookupAll(".label").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("amendment-"))
                .map(Page::textOf).toList());
    }

    public boolean canAmend() {
        return isShown("amendmentField");
    }

    public boolean canSign() {
        return isEnabled("signNoteButton");
    }

    /** Whether 安排回访 is offered (the note is stored, and the person plans follow-ups). */
    public boolean offersFollowUp() {
        return isShown("noteFollowUpButton");
    }

    // ---- doing ---------------------------------------------------------------------------------

    /** Ctrl+R: plans the follow-up this note calls for; the planning dialog opens. */
    public FollowUpPage planFollowUp() {
        Wait.until("安排回访 to be offered", this::offersFollowUp);
        pressShortcut(KeyCode.R);
        return new FollowUpPage(robot);
    }

    /** Brings the cursor to a control as Tab would (without the mouse); the editor scrolls it into sight. */
    public NotePage goTo(String id) {
        focus(id);
        Wait.until(id + " to be in sight", () -> inSight(id));
        return this;
    }

    /** Types into the control with the cursor. */
    public NotePage type(String text) {
        typeText(text);
        return this;
    }

    /** Goes to a field, empties it from the keyboard and types {@code text}. */
    public NotePage retype(String id, String text) {
        goTo(id);
        pressShortcut(KeyCode.A);
        press(KeyCode.BACK_SPACE);
        typeText(text);
        Wait.forValue("text of #" + id, text, () -> value(id));
        return this;
    }

    /** Tab to the next control, expecting the cursor on {@code id}. */
    public NotePage tab(String id) {
        tabTo(id);
        return this;
    }

    /** Goes to a step and ticks it with Space. */
    public NotePage tick(int step) {
        goTo("step-" + step);
        press(KeyCode.SPACE);
        Wait.until("step " + step + " to be ticked", () -> isTicked(step));
        return this;
    }

    /** Ctrl+Enter: the editor asks before signing. */
    public ConfirmPage sign() {
        pressShortcut(KeyCode.ENTER);
        return new ConfirmPage(robot);
    }

    /** Ctrl+Enter with a field to fix: no question, the band says what is wrong. */
    public NotePage signRefused() {
        pressShortcut(KeyCode.ENTER);
        return this;
    }

    /** Ctrl+S: the draft is saved now. */
    public NotePage saveNow() {
        pressShortcut(KeyCode.S);
        return this;
    }

    /** Types an amendment in its box and adds it with Ctrl+Enter; waits until it is listed. */
    public NotePage amend(String text) {
        goTo("amendmentField");
        typeText(text);
        pressShortcut(KeyCode.ENTER);
        Wait.until("the amendment under the note", () -> amendments().contains(text));
        return this;
    }

    /** Esc: the draft is saved and the editor closes. */
    public void close() {
        press(KeyCode.ESCAPE);
    }
}
