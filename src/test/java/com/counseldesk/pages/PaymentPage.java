package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import org.testfx.api.FxRobot;

/**
 * A contract's payment (收款, {@code paymentForm}) or refund (退费, {@code refundForm}) dialog. Fields are
 * named by their row: "Amount", "Receipt", "Reason", "Day"; boxes "Method", "Approver".
 */
public final class PaymentPage extends Page {
    private final String form;
    private final String prefix;

    PaymentPage(FxRobot robot, String form) {
        super(robot);
        this.form = form;
        this.prefix = form.replace("Form", "");
        node(form);
        Wait.until("the contract to be read", () -> !text(form + "About").isEmpty()
                && !text(form + "About").endsWith("…"));
    }

    public String about() {
        return text(form + "About");
    }

    public String value(String field) {
        return text(prefix + field + "Field");
    }

    public PaymentPage expectValue(String field, String expected) {
        Wait.forValue(field, expected, () -> value(field));
        return this;
    }

    public PaymentPage type(String field, String text) {
        fill(prefix + field + "Field", text);
        return this;
    }

    public PaymentPage choose(String box, String typed, String label) {
        String id = prefix + box + "Box";
        typeToChoose(id, typed);
        Wait.forValue(box, label, () -> text(id));
        return this;
    }

    /** Starts in the amount and presses Tab {@code presses} times: the ids the cursor went through, in order. */
    public java.util.List<String> tabWalk(int presses) {
        focus(prefix + "AmountField");
        java.util.List<String> seen = new java.util.ArrayList<>(java.util.List.of(focusedId()));
        for (int i = 0; i < presses; i++) {
            press(javafx.scene.input.KeyCode.TAB);
            seen.add(focusedId());
        }
        return seen;
    }

    public String error(String row) {
        return text(prefix + row + "Error");
    }

    /** Enter in a text field: expecting a refusal beside {@code row}. */
    public PaymentPage saveRefused(String field, String row) {
        focus(prefix + field + "Field");
        pressEnter();
        Wait.until("a message under " + row, () -> !error(row).isEmpty());
        return this;
    }

    /** Enter in a text field: the dialog stores and closes. */
    public void save(String field) {
        focus(prefix + field + "Field");
        pressEnter();
        Wait.until("the dialog to close", () -> !isShown(form));
    }
}
