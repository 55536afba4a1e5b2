package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import org.testfx.api.FxRobot;

/** The window shown while the database is being opened or upgraded. */
public final class OpeningPage extends Page {
    public OpeningPage(FxRobot robot) {
        super(robot);
        node("openingView");
    }

    public String message() {
        return text("openingMessage");
    }

    /** Waits until the window says exactly this. */
    public OpeningPage expectMessage(String expected) {
        Wait.forValue("the opening message", expected, this::message);
        return this;
    }

    public boolean isShown() {
        return isShown("openingView");
    }
}
