package com.counseldesk.contract.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.contract.Contract;
import com.counseldesk.contract.ContractCourse;
import com.counseldesk.contract.ContractEvent;
import com.counseldesk.contract.ContractPage;
import com.counseldesk.contract.ContractStatus;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.Payment;
import com.counseldesk.contract.PaymentKind;
import com.counseldesk.contract.PriceKind;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.Subject;
import com.counseldesk.pages.PrintedPage;
import com.counseldesk.testutil.Fx;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A contract's summary and a receipt on paper, without a printer: the pages as they will print. */
@Tag("gui")
class ContractPrintTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final double WIDTH = 523;
    private static final double HEIGHT = 770;
    private static final I18n ZH = new I18n(I18n.CHINESE);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static ContractPage page() {
        Terms terms = Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.PERCENT, null,
                Terms.percent("10"), "老带新");
        Contract c = new Contract(1, "HT202611-001", 1, 1, "张子涵", 3, "李明",
                List.of(new ContractCourse(1, "初二数学", 40, Fen.yuan(8000))), List.of(Subject.MATH), terms,
                Fen.yuan(3000), Fen.ZERO, DAY, DAY.plusDays(3), ContractStatus.ACTIVE, "周六上午",
                "李明", DAY.atTime(10, 0));
        List<Payment> payments = List.of(
                new Payment(1, 1, PaymentKind.DEPOSIT, PayMethod.WECHAT, Fen.yuan(1000), "SJ0001", DAY, 3, "李明",
                        DAY.atTime(10, 5)),
                new Payment(2, 1, PaymentKind.INSTALMENT, PayMethod.CASH, Fen.yuan(2000), "SJ0002", DAY, 1, "王芳",
                        LocalDateTime.of(2026, 11, 27, 11, 0)));
        return new ContractPage(c, payments, List.<ContractEvent>of(), true, true, false);
    }

    private static Map<String, String> asMap(PrintedPage p) {
        return p.rows().stream().collect(java.util.stream.Collectors.toMap(r -> r.get("项目"), r -> r.get("内容"),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void theSummaryNamesTheOfficeTheMoneyAndEachPayment() {
        List<PrintedPage> pages = Fx.get(() -> ContractPrint.summary(page(), "阳光教育", ZH, WIDTH, HEIGHT)).stream()
                .map(PrintedPage::new).toList();
        assertEquals(1, pages.size());
        PrintedPage p = pages.get(0);
        assertEquals("阳光教育 · 合同 HT202611-001", p.title());
        assertEquals("第 1 / 1 页", p.pageNumber());
        assertEquals(List.of("项目", "内容"), p.headers());
        Map<String, String> rows = asMap(p);
        assertEquals("初二数学", rows.get("课程"));
        assertEquals("10%（¥800.00） · 老带新", rows.get("优惠"));
        assertEquals("¥7,200.00", rows.get("应收"));
        assertEquals("¥3,000.00", rows.get("已收"));
        assertEquals("¥4,200.00", rows.get("未收"));
        assertEquals("¥1,000.00 · 微信 · 收据 SJ0001 · 经手 李明", rows.get("定金 2026-11-27"));
        assertEquals("＿＿＿＿＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", rows.get("家长签字"), "a line to sign on");
        assertEquals(rows.get("家长签字"), rows.get("校区盖章"));
        assertEquals(List.of(), p.cutCells());
    }

    @Test
    void aReceiptSaysWhatWasPaidAndWhatIsStillOwedAfterIt() {
        ContractPage page = page();
        PrintedPage p = Fx.get(() -> ContractPrint.receipt(page, page.payments().get(0), "阳光教育", ZH, WIDTH, HEIGHT))
                .stream().map(PrintedPage::new).findFirst().orElseThrow();
        assertEquals("阳光教育 · 收据 SJ0001", p.title());
        Map<String, String> rows = asMap(p);
        assertEquals("¥1,000.00", rows.get("本次金额"));
        assertEquals("定金", rows.get("类别"));
        assertEquals("微信", rows.get("付款方式"));
        assertEquals("¥1,000.00", rows.get("累计已收"));
        assertEquals("¥6,200.00", rows.get("尚欠"));
        assertEquals("李明 · 2026-11-27 10:05", rows.get("经手人"));
    }
}
