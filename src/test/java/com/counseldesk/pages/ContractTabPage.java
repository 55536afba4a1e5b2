package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** A contract's page in its tab: its money line, actions, payments and history. */
public final class ContractTabPage extends Page {
    public ContractTabPage(FxRobot robot) {
        super(robot);
        node("contractPage");
        Wait.until("the contract to be read", () -> !text("contractMoney").isEmpty());
    }

    /** "合同 HT202611-001 · 张子涵 · 执行中". */
    public String title() {
        return text("contractTitle");
    }

    /** "应收 ¥7,500.00 · 已收 ¥1,000.00 · 已退 ¥0.00 · 未收 ¥6,500.00". */
    public String money() {
        return text("contractMoney");
    }

    public ContractTabPage expectMoney(String expected) {
        Wait.forValue("the contract's money", expected, this::money);
        return this;
    }

    public ContractTabPage expectTitle(String expected) {
        Wait.forValue("the contract's title", expected, this::title);
        return this;
    }

    /** The band beside the title: what the last action did. */
    public String message() {
        return text("contractMessage");
    }

    public ContractTabPage expectMessage(String expected) {
        Wait.forValue("the contract's message", expected, this::message);
        return this;
    }

    public List<Map<String, String>> payments() {
        TableView<?> t = node("contractPayments");
        return TableRows.of(t);
    }

    public List<Map<String, String>> history() {
        TableView<?> t = node("contractHistory");
        return TableRows.of(t);
    }

    public boolean canPay() {
        return isEnabled("contractPayButton");
    }

    public boolean canRefund() {
        return isEnabled("contractRefundButton");
    }

    /** 收款: the payment dialog, with what is owed proposed. */
    public PaymentPage pay() {
        focus("contractPayButton");
        press(KeyCode.SPACE);
        return new PaymentPage(robot, "paymentForm");
    }

    /** 退费: the refund dialog. */
    public PaymentPage refund() {
        focus("contractRefundButton");
        press(KeyCode.SPACE);
        return new PaymentPage(robot, "refundForm");
    }

    /** Ctrl+P with the cursor in the payments: the summary's print preview opens. */
    public PrintPreviewPage printSummary() {
        focus("contractPayments");
        pressShortcut(KeyCode.P);
        return new PrintPreviewPage(robot);
    }

    /** 打印收据 (reached as Tab would, pressed with Space): the chosen payment's receipt in a print preview. */
    public PrintPreviewPage printReceipt() {
        focus("contractReceiptButton");
        press(KeyCode.SPACE);
        return new PrintPreviewPage(robot);
    }
}
