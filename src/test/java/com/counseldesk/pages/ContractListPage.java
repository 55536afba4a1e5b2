package com.counseldesk.pages;

import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** The contract list (F6): its filters, rows and the totals line. */
public final class ContractListPage extends Page {
    public ContractListPage(FxRobot robot) {
        super(robot);
        node("contractList");
    }

    public List<Map<String, String>> rows() {
        TableView<?> t = node("contractTable");
        return TableRows.of(t);
    }

    /** "合计 1 份 · 签单 ¥7,500.00 · 实收 ¥1,000.00 · 退费 ¥0.00 · 未收 ¥6,500.00". */
    public String totals() {
        return text("contractTotals");
    }

    public ContractListPage expectTotals(String expected) {
        Wait.forValue("the list's totals", expected, this::totals);
        return this;
    }

    /** What the counselor, status and course filters show. */
    public List<String> filters() {
        return List.of(text("contractListCounselor"), text("contractListStatus"), text("contractListCourse"));
    }

    /** Types the month filter ("2026-10"; "" for every month). */
    public ContractListPage month(String typed) {
        fill("contractListMonth", typed);
        return this;
    }

    public ContractListPage onlyUnpaid() {
        focus("contractListUnpaid");
        press(javafx.scene.input.KeyCode.SPACE);
        return this;
    }

    /** 导出 Excel at the foot of the list. */
    public ExportBarPage export() {
        return new ExportBarPage(robot);
    }

    /** Enter on the chosen row: its contract opens. */
    public ContractTabPage openChosen() {
        focus("contractTable");
        pressEnter();
        return new ContractTabPage(robot);
    }
}
