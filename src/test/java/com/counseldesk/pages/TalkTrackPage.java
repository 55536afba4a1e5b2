package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The talk-track library (话术库), a manager's screen: a page of texts per step, for every session or a client type. */
public final class TalkTrackPage extends Page {
    public TalkTrackPage(FxRobot robot) {
        super(robot);
        node("talkTrackView");
    }

    /** The label of a step's text: "1. 准备工作". */
    public String stepLabel(int step) {
        return text("talkTrack-" + step + "Label");
    }

    /** A step's text as the field holds it. */
    public String step(int step) {
        return text("talkTrack-" + step);
    }

    /** Waits until the page is read: the first step's text is there. */
    public TalkTrackPage expectRead() {
        Wait.until("the library's texts", () -> !step(1).isEmpty());
        return this;
    }

    /** Goes to a step's text from the keyboard, empties it and types {@code text}. */
    public TalkTrackPage rewrite(int step, String text) {
        String id = "talkTrack-" + step;
        scrollIntoView(id);
        focus(id);
        pressShortcut(KeyCode.A);
        press(KeyCode.BACK_SPACE);
        typeText(text);
        Wait.forValue("text of #" + id, text, () -> step(step));
        return this;
    }

    /** Ctrl+S: the page is saved. */
    public TalkTrackPage save() {
        pressShortcut(KeyCode.S);
        return this;
    }

    /** What the band beside the title says (saved, what to fix). */
    public String status() {
        return text("talkTrackStatus");
    }
}
