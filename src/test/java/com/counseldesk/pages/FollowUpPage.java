package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The dialog that plans a follow-up (安排回访). */
public final class FollowUpPage extends Page {
    public FollowUpPage(FxRobot robot) {
        super(robot);
        node("followUpForm");
        Wait.until("the family to be read", () -> family().contains(" · "));
    }

    /** The family it is for: "张子涵 · 王丽 138 1234 5678". */
    public String family() {
        return text("followUpFamily");
    }

    /** The day proposed or typed ("2026-11-28"). */
    public String day() {
        return text("followUpDayText");
    }

    public String owner() {
        return text("followUpOwnerBox");
    }

    public String whom() {
        return text("followUpWhomBox");
    }

    /** Whether the person chooses who makes it (a manager). */
    public boolean choosesOwner() {
        return isEnabled("followUpOwnerBox");
    }

    /** Types the day over what is there ("2026/11/28"). */
    public FollowUpPage day(String typed) {
        fillDate("followUpDay", "followUpDayText", typed);
        return this;
    }

    public FollowUpPage time(String typed) {
        fill("followUpTimeField", typed);
        return this;
    }

    public FollowUpPage purpose(String typed) {
        fill("followUpPurposeField", typed);
        return this;
    }

    /** Tabs to the purpose and types it. */
    public FollowUpPage typePurpose(String typed) {
        tabUntil("followUpPurposeField");
        typeText(typed);
        return this;
    }

    /** The message under a field: "Day", "Time", "Purpose" (or "Owner", "Whom"); "" when there is none. */
    public String error(String field) {
        return text("followUp" + field + "Error");
    }

    /** The message that concerns no field. */
    public String message() {
        return text("followUpMessage");
    }

    /** Presses 安排 and waits until the dialog has closed (the follow-up is stored). */
    public void save() {
        click("followUpSaveButton");
        Wait.until("the dialog to close", () -> !isShown("followUpForm"));
    }

    /** Presses Enter in the purpose and waits until the dialog has closed. */
    public void saveWithEnter() {
        focus("followUpPurposeField");
        pressEnter();
        Wait.until("the dialog to close", () -> !isShown("followUpForm"));
    }

    /** Presses 安排 expecting a refusal: waits for a message under {@code field}. */
    public FollowUpPage saveRefused(String field) {
        click("followUpSaveButton");
        Wait.until("a message under " + field, () -> !error(field).isEmpty());
        return this;
    }

    public boolean isOpen() {
        return isShown("followUpForm");
    }

    public void closeWithEscape() {
        press(KeyCode.ESCAPE);
        Wait.until("the dialog to close", () -> !isShown("followUpForm"));
    }
}
