package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import org.testfx.api.FxRobot;

/** A question the app asks before an action (确定 / 取消), read and answered as the user does. */
public final class ConfirmPage extends Page {
    public ConfirmPage(FxRobot robot) {
        super(robot);
        node("confirmDialog");
    }

    /** The question's text. */
    public String message() {
        return text("dialogMessage");
    }

    public String confirmButton() {
        return text("confirmButton");
    }

    public String cancelButton() {
        return text("cancelButton");
    }

    public void confirm() {
        click("confirmButton");
    }

    /** Presses Enter: 确定 is the dialog's default button. */
    public void confirmWithEnter() {
        pressEnter();
        Wait.until("the question to close", () -> !isShown("confirmDialog"));
    }

    public void cancel() {
        click("cancelButton");
        Wait.until("the question to close", () -> !isShown("confirmDialog"));
    }
}
