package com.counseldesk.pages;

import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.Wait;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The contract form (签单) in its tab. Fields are named by their row: "Hours", "Price", "Deposit" …. */
public final class SignPage extends Page {
    public static final String COURSE = "contractCourseBox";

    public SignPage(FxRobot robot) {
        super(robot);
        node("contractForm");
        Wait.until("the family to be read", () -> isEnabled("contractSaveButton"));
    }

    /** Types to choose a course in the course box and presses Enter: it joins the contract. */
    public SignPage addCourse(String typed, String expectedLine) {
        typeToChoose(COURSE, typed);
        Wait.until("a course chosen in the box", () -> !text(COURSE).isEmpty());
        pressEnter();
        Wait.until("the course " + expectedLine + " on the contract", () -> courses().contains(expectedLine));
        return this;
    }

    /** Types to choose a course and presses Enter: one more course is on the contract. */
    public SignPage addCourse(String typed) {
        int before = courses().size();
        typeToChoose(COURSE, typed);
        Wait.until("a course chosen in the box", () -> !text(COURSE).isEmpty());
        pressEnter();
        Wait.until("one more course on the contract", () -> courses().size() == before + 1);
        return this;
    }

    /** The courses on the contract as the list shows them. */
    public List<String> courses() {
        ListView<?> list = node("contractCoursesList");
        return Fx.get(() -> list.lookupAll(".list-cell").stream().map(c -> (ListCell<?>) c)
                .filter(c -> !c.isEmpty() && c.getText() != null).map(ListCell::getText).toList());
    }

    public String value(String field) {
        return text(fieldId(field));
    }

    /** Types over a text field ("Hours", "Price", "Discount", "DiscountReason", "Deposit", "Receipt", …). */
    public SignPage type(String field, String text) {
        fill(fieldId(field), text);
        return this;
    }

    /** Chooses in a box by typing its label's start or pinyin initials ("PriceKind", "DiscountKind", "DepositMethod"). */
    public SignPage choose(String field, String typed, String label) {
        String id = "contract" + field + "Box";
        typeToChoose(id, typed);
        Wait.forValue(field, label, () -> text(id));
        return this;
    }

    /** What the form says is due ("价格 ¥8,000.00 − 优惠 ¥500.00 = 应收 ¥7,500.00"). */
    public String due() {
        return text("contractDue");
    }

    public SignPage expectDue(String expected) {
        Wait.forValue("the amount due", expected, this::due);
        return this;
    }

    /** The message under a field's row ("Deposit", "Discount" …); "" when there is none. */
    public String error(String row) {
        return text("contract" + row + "Error");
    }

    /** Ctrl+Enter expecting a refusal beside {@code row}: the message shows and the cursor goes there. */
    public SignPage saveRefused(String row) {
        pressShortcut(KeyCode.ENTER);
        Wait.until("a message under " + row, () -> !error(row).isEmpty());
        return this;
    }

    /** Ctrl+Enter: the contract is stored, the form's tab gives way to the contract and the referral prompt. */
    public ReferralPage save() {
        pressShortcut(KeyCode.ENTER);
        return new ReferralPage(robot);
    }

    private static String fieldId(String field) {
        return "contract" + field + "Field";
    }
}
