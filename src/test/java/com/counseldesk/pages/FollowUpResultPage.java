package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import org.testfx.api.FxRobot;

/** The dialog that records what came of a follow-up (记录结果) and plans the next one. */
public final class FollowUpResultPage extends Page {
    public FollowUpResultPage(FxRobot robot) {
        super(robot);
        node("followUpResultForm");
        Wait.until("the follow-up to be read", () -> summary().contains(" · "));
    }

    /** "2026-11-28 · 张子涵 · 王丽 138 1234 5678 · 确认试听时间". */
    public String summary() {
        return text("followUpResultSummary");
    }

    /** Chooses the result by typing its start in the list, from the keyboard ("wj" → 未接通). */
    public FollowUpResultPage result(String typed, String expectedLabel) {
        typeToChoose("followUpResultBox", typed);
        Wait.forValue("the result chosen", expectedLabel, () -> text("followUpResultBox"));
        return this;
    }

    public FollowUpResultPage note(String typed) {
        fill("followUpNoteField", typed);
        return this;
    }

    /** Whether the next follow-up's fields are shown. */
    public boolean asksForTheNext() {
        return isShown("nextFollowUp");
    }

    public String nextDay() {
        return text("nextDayText");
    }

    public String nextPurpose() {
        return text("nextPurposeField");
    }

    public FollowUpResultPage nextDay(String typed) {
        fillDate("nextDay", "nextDayText", typed);
        return this;
    }

    public FollowUpResultPage nextTime(String typed) {
        fill("nextTimeField", typed);
        return this;
    }

    public FollowUpResultPage nextPurpose(String typed) {
        fill("nextPurposeField", typed);
        return this;
    }

    /** The message under a field: "nextDay", "nextTime", "nextPurpose", "followUpResult", "followUpNote". */
    public String error(String field) {
        return text(field + "Error");
    }

    /** Presses 保存结果 and waits until the dialog has closed. */
    public void save() {
        click("recordResultButton");
        Wait.until("the dialog to close", () -> !isShown("followUpResultForm"));
    }

    /** Presses 保存结果 expecting a refusal beside {@code field}. */
    public FollowUpResultPage saveRefused(String field) {
        click("recordResultButton");
        Wait.until("a message under " + field, () -> !error(field).isEmpty());
        return this;
    }
}
