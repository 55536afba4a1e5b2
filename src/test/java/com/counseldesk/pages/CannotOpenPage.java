package com.counseldesk.pages;

import org.testfx.api.FxRobot;

/**
 * The first window when the office's server could not be used at start: why, and the choice of
 * database ({@link #databaseChoice()}) to try again or use another.
 */
public final class CannotOpenPage extends Page {
    public CannotOpenPage(FxRobot robot) {
        super(robot);
        node("cannotOpenView");
    }

    /** The reason, naming the server, and that the database was not changed. */
    public String message() {
        return text("cannotOpenMessage");
    }

    public DatabaseChoicePage databaseChoice() {
        return new DatabaseChoicePage(robot);
    }
}
