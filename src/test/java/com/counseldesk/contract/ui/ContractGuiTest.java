package com.counseldesk.contract.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.CourseDetails;
import com.counseldesk.contract.CourseKind;
import com.counseldesk.contract.CourseService;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Subject;
import com.counseldesk.pages.ContractListPage;
import com.counseldesk.pages.ContractTabPage;
import com.counseldesk.pages.FamilyPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.PaymentPage;
import com.counseldesk.pages.PrintPreviewPage;
import com.counseldesk.pages.PrintedPage;
import com.counseldesk.pages.ReferralPage;
import com.counseldesk.pages.SignPage;
import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import com.counseldesk.walkin.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.print.Printer;
import org.junit.jupiter.api.Test;

/**
 * Contracts as a counselor uses them: 签单 on a family page with a discount and a deposit, the referral
 * prompt, the balance taken, part of it refunded with the manager's approval, and the contract list's
 * totals following each step; the family page shows the student signed and the contract on its timeline.
 */
class ContractGuiTest extends GuiTest {
    private static final I18n ZH = new I18n(I18n.CHINESE);

    @Test
    void signWithADepositTakeTheBalanceRefundPartAndSeeTheTotalsChange() {
        TestOffice office = typicalOffice();
        CourseService courses = new CourseService(office.db, office.clock, office.office);
        courses.add(office.staffId(TestOffice.MANAGER), new CourseDetails("初二数学", CourseKind.COURSE,
                Set.of(Subject.MATH), 40), Fen.yuan(8000));
        Registration r = office.register(office.walkIn(TestOffice.COUNSELOR).phone("138 1234 5678").student("张子涵"));
        MainPage main = startAs(office, TestOffice.COUNSELOR);

        ContractListPage list = main.contracts();
        list.expectTotals(ZH.t("contract.list.totals", 0, Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO));

        FamilyPage family = main.find().search("张子涵").pressDown().openWithEnter(r.householdId());
        assertTrue(family.offersSign());
        SignPage sign = family.sign();
        sign.addCourse("初二", "初二数学 · 40 课时 · ¥8,000.00");
        assertEquals("40", sign.value("Hours"));
        assertEquals("8,000.00", sign.value("Price"));
        sign.expectDue("价格 ¥8,000.00 − 优惠 ¥0.00 = 应收 ¥8,000.00");
        sign.choose("DiscountKind", "jjr", ZH.t("discountKind.AMOUNT"));
        sign.type("Discount", "8,000.01").saveRefused("Discount");
        assertEquals(ZH.t("error.contract.discountAbovePrice", Fen.yuan(8000)), sign.error("Discount"));
        sign.type("Discount", "500").type("DiscountReason", "老带新");
        sign.expectDue("价格 ¥8,000.00 − 优惠 ¥500.00 = 应收 ¥7,500.00");
        sign.type("Deposit", "1000.005").saveRefused("Deposit");
        assertEquals(ZH.t("error.money.decimals"), sign.error("Deposit"));
        sign.type("Deposit", "1,000").choose("DepositMethod", "wx", ZH.t("payMethod.WECHAT"))
                .type("Receipt", "SJ0001");

        ReferralPage referral = sign.save();
        assertTrue(referral.about().startsWith("张子涵 家已签约"), referral.about());
        referral.record("刘一鸣", "刘强", "139 8765 4321");
        referral.close();
        ContractTabPage contract = new ContractTabPage(robot());
        contract.expectTitle("合同 HT202611-001 · 张子涵 · 执行中");
        contract.expectMoney("应收 ¥7,500.00 · 已收 ¥1,000.00 · 已退 ¥0.00 · 未收 ¥6,500.00");
        assertEquals(List.of(Map.of("日期", "2026-11-27", "类别", "定金", "金额", "¥1,000.00", "方式", "微信",
                "收据号", "SJ0001", "经手", "李明")), contract.payments());
        list = main.contracts();
        list.expectTotals("合计 1 份 · 签单 ¥7,500.00 · 实收 ¥1,000.00 · 退费 ¥0.00 · 未收 ¥6,500.00");

        contract = list.openChosen();
        PaymentPage pay = contract.pay();
        pay.expectValue("Amount", "6,500.00");
        assertEquals(List.of("paymentAmountField", "paymentMethodBox", "paymentReceiptField", "paymentDayField"),
                pay.tabWalk(3), "Tab goes down the rows as they are on screen");
        pay.type("Amount", "6,500.01").choose("Method", "zfb", ZH.t("payMethod.ALIPAY")).type("Receipt", "SJ0002")
                .saveRefused("Receipt", "Amount");
        assertEquals(ZH.t("error.payment.over", Fen.of(650_000)), pay.error("Amount"));
        pay.type("Amount", "6,500").save("Receipt");
        contract.expectMoney("应收 ¥7,500.00 · 已收 ¥7,500.00 · 已退 ¥0.00 · 未收 ¥0.00");
        assertFalse(contract.canPay());
        list = main.contracts();
        list.expectTotals("合计 1 份 · 签单 ¥7,500.00 · 实收 ¥7,500.00 · 退费 ¥0.00 · 未收 ¥0.00");

        contract = list.openChosen();
        PaymentPage refund = contract.refund();
        refund.type("Amount", "2000").choose("Method", "xj", ZH.t("payMethod.CASH")).type("Reason", "学生转学")
                .saveRefused("Reason", "Approver");
        refund.choose("Approver", "zl", TestOffice.MANAGER).save("Reason");
        contract.expectTitle("合同 HT202611-001 · 张子涵 · 已退费");
        contract.expectMoney("应收 ¥7,500.00 · 已收 ¥7,500.00 · 已退 ¥2,000.00 · 未收 ¥0.00");
        assertEquals(List.of("签单", "收款", "收款", "退费"), contract.history().stream()
                .map(h -> h.get("操作")).toList());
        assertEquals("¥2,000.00 · 批准 赵丽 · 学生转学", contract.history().get(3).get("内容"));
        list = main.contracts();
        list.expectTotals("合计 1 份 · 签单 ¥7,500.00 · 实收 ¥7,500.00 · 退费 ¥2,000.00 · 未收 ¥0.00");
        list.month("2026-10").expectTotals(ZH.t("contract.list.totals", 0, Fen.ZERO, Fen.ZERO, Fen.ZERO, Fen.ZERO));

        FamilyPage page = main.toFamily(r.householdId());
        Wait.forValue("the student's stage", ZH.t("stage.SIGNED"), () -> page.stage(r.studentId()));
        page.expectTimelineRow(Map.of("内容", "合同 HT202611-001 · 张子涵 · 40 课时 · 应收 ¥7,500.00 · 咨询师 李明"));
        page.expectTimelineRow(Map.of("内容", "退费 ¥2,000.00 · 批准 赵丽 · 学生转学 · 合同 HT202611-001"));
        HouseholdCard referred = office.families.referredBy(r.householdId()).get(0);
        assertEquals("刘一鸣", referred.studentNames());
    }

    @Test
    void aContractAndAReceiptAreSeenBeforePrintingAndAPcWithoutAPrinterSaysSo() {
        TestOffice office = typicalOffice();
        CourseService courses = new CourseService(office.db, office.clock, office.office);
        courses.add(office.staffId(TestOffice.MANAGER), new CourseDetails("英语提高", CourseKind.COURSE,
                Set.of(Subject.ENGLISH), 30), Fen.yuan(4500));
        Registration r = office.register(office.walkIn(TestOffice.COUNSELOR).phone("138 1234 5678").student("张子涵"));
        MainPage main = startAs(office, TestOffice.MANAGER);
        // The preview says what it can do only without a printer; with one, 打印 opens the system's dialog.
        assumeTrue(Fx.get(() -> Printer.getDefaultPrinter() == null), "this machine has a printer");
        FamilyPage family = main.find().search("张子涵").pressDown().openWithEnter(r.householdId());
        SignPage sign = family.sign().addCourse("yy", "英语提高 · 30 课时 · ¥4,500.00");
        sign.type("Deposit", "1,000").choose("DepositMethod", "wx", ZH.t("payMethod.WECHAT")).type("Receipt", "SJ0001");
        sign.save().close();
        ContractTabPage contract = new ContractTabPage(robot());

        PrintPreviewPage preview = contract.printSummary();
        assertEquals("打印预览 — 测试校区 · 合同 HT202611-001", preview.windowTitle());
        assertEquals("共 1 页", preview.pageCount());
        PrintedPage summary = preview.pages().get(0);
        assertEquals("测试校区 · 合同 HT202611-001", summary.title());
        assertEquals("第 1 / 1 页", summary.pageNumber());
        Map<String, String> items = items(summary, ZH);
        assertEquals("HT202611-001", items.get("合同编号"));
        assertEquals("英语提高", items.get("课程"));
        assertEquals("¥4,500.00", items.get("应收"));
        assertEquals("¥1,000.00 · 微信 · 收据 SJ0001 · 经手 赵丽", items.get("定金 2026-11-27"));
        assertEquals("这台电脑没有可用的打印机：可以在这里查看，但不能打印。", preview.message());
        assertFalse(preview.canPrint());
        assertTrue(preview.fitsTheScreen(), "the preview fits a 1366×768 screen");
        preview.closeWithEscape();
        contract.expectFocus("contractPayments");

        preview = contract.printReceipt();
        assertEquals("打印预览 — 测试校区 · 收据 SJ0001", preview.windowTitle());
        items = items(preview.pages().get(0), ZH);
        assertEquals("SJ0001", items.get("收据号"));
        assertEquals("¥1,000.00", items.get("本次金额"));
        assertEquals("¥3,500.00", items.get("尚欠"));
        assertEquals(ZH.t("contract.print.noPrinter"), preview.message());
        preview.closeWithButton();
        contract.expectFocus("contractReceiptButton");

        I18n en = new I18n(I18n.ENGLISH);
        contract = main.switchLanguage("English").contracts().openChosen();
        preview = contract.printSummary();
        assertEquals("Print preview — 测试校区 · Contract HT202611-001", preview.windowTitle());
        assertEquals("1 page", preview.pageCount());
        assertEquals("HT202611-001", items(preview.pages().get(0), en).get("Contract number"));
        assertEquals("This PC has no printer it can use: the pages can be looked over here, not printed.",
                preview.message());
        assertEquals(List.of("Print", "Close"), List.of(preview.printButton(), preview.closeButton()));
        assertEquals(List.of(), preview.cutTexts());
        preview.closeWithEscape();
        contract.expectFocus("contractPayments");
    }

    /** A printed table of items (项目) and what they say (内容), as a map. */
    private static Map<String, String> items(PrintedPage page, I18n i18n) {
        Map<String, String> items = new LinkedHashMap<>();
        page.rows().forEach(row -> items.putIfAbsent(row.get(i18n.t("contract.print.item")),
                row.get(i18n.t("contract.print.value"))));
        return items;
    }
}
