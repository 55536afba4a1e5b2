package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The dialog that corrects or voids a visit. */
public final class VisitEditPage extends Page {
    public VisitEditPage(FxRobot robot) {
        super(robot);
        node("visitEditView");
        Wait.until("the visit to be read", () -> summary().contains(" · "));
    }

    /** "2026-11-27 10:00 · 张子涵 · 直接上访 · 咨询师 李明 · 等待中". */
    public String summary() {
        return text("visitEditSummary");
    }

    public String purpose() {
        return text("visitPurposeField");
    }

    /** The message under a field ("voidReason", "visitPurpose", "visitStudents", …). */
    public String error(String field) {
        return text(field + "Error");
    }

    /** Presses 作废此来访 as it is, expecting a refusal (no reason typed). */
    public VisitEditPage voidRefused() {
        click("voidVisitButton");
        Wait.until("a message under the reason", () -> !error("voidReason").isEmpty());
        return this;
    }

    /** Types the reason and voids the visit; waits until the dialog has closed. */
    public void voidWith(String reason) {
        fill("voidReasonField", reason);
        click("voidVisitButton");
        Wait.until("the dialog to close", () -> !isShown("visitEditView"));
    }

    /** Esc closes the dialog, changing nothing. */
    public void closeWithEscape() {
        press(KeyCode.ESCAPE);
        Wait.until("the dialog to close", () -> !isShown("visitEditView"));
    }

    public boolean isOpen() {
        return isShown("visitEditView");
    }

    /** Types a new purpose and saves the correction; waits until the dialog has closed. */
    public void correctPurpose(String purpose) {
        fill("visitPurposeField", purpose);
        click("visitCorrectButton");
        Wait.until("the dialog to close", () -> !isShown("visitEditView"));
    }
}
