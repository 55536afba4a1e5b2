package com.counseldesk.contract.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.pages.ContractListPage;
import com.counseldesk.pages.ContractTabPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.PaymentPage;
import com.counseldesk.sample.SampleOffice;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample office ("用示例数据试用") as a new manager meets its contracts: the list of this month with its
 * totals, every month, only those owing; a contract owing a balance opened from the list and paid up.
 */
class SampleContractsGuiTest extends GuiTest {
    @Test
    void aManagerFindsAContractOwingMoneyInTheSampleAndTakesTheBalance() {
        TestOffice office = TestOffice.empty(folder);
        new SampleOffice(office.db, office.clock, 20261127L).create(300);
        MainPage main = startAs(office, "赵丽");

        ContractListPage list = main.contracts();
        Wait.until("this month's contracts", () -> !list.rows().isEmpty());
        Wait.forValue("the filters, once their choices are read", List.of("全部咨询师", "全部状态", "全部课程"),
                list::filters);
        assertTrue(list.rows().stream().allMatch(r -> r.get("签约日期").startsWith("2026-11")), list.rows().toString());
        list.month("");
        Wait.until("every month's contracts", () -> list.rows().stream()
                .anyMatch(r -> !r.get("签约日期").startsWith("2026-11")));
        list.onlyUnpaid();
        Wait.until("only those owing", () -> !list.rows().isEmpty() && list.rows().stream()
                .allMatch(r -> "执行中".equals(r.get("状态")) && !"¥0.00".equals(r.get("未收"))));
        // The totals line adds up what the list shows: as many contracts, and the owed column's sum.
        String totals = list.totals();
        assertTrue(totals.startsWith("合计 " + list.rows().size() + " 份"), totals);
        assertTrue(totals.endsWith(" · 未收 " + owed(list).shown()), totals + " / " + owed(list).shown());

        Map<String, String> first = list.rows().get(0);
        ContractTabPage contract = list.openChosen();
        contract.expectTitle("合同 " + first.get("合同编号") + " · " + first.get("学生") + " · 执行中");
        assertTrue(contract.money().endsWith("未收 " + first.get("未收")), contract.money());
        PaymentPage pay = contract.pay();
        pay.expectValue("Amount", first.get("未收").substring(1));
        pay.choose("Method", "wx", "微信").type("Receipt", "DEMO-0001").save("Receipt");
        Wait.until("nothing owed", () -> contract.money().endsWith("未收 ¥0.00"));
        assertFalse(contract.canPay());
    }

    /** The sum of the owed column as the list shows it. */
    private static Fen owed(ContractListPage list) {
        return list.rows().stream().map(r -> Fen.parse("owed", r.get("未收"))).reduce(Fen.ZERO, Fen::plus);
    }
}
