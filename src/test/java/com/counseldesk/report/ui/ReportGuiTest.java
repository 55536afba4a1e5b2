package com.counseldesk.report.ui;

import static com.counseldesk.testutil.TestOffice.COUNSELOR;
import static com.counseldesk.testutil.TestOffice.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.ReportPage;
import com.counseldesk.report.HandBuiltMonthAccess;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The monthly report on screen: a manager's, from the top bar, last month's figures and charts. */
class ReportGuiTest extends GuiTest {
    @Test
    void aManagerSeesLastMonthAtAGlanceCountedAsTheWorkbookCountsIt() {
        TestOffice office = TestOffice.on(HandBuiltMonthAccess.open(folder));
        MainPage main = startAs(office, MANAGER);
        assertTrue(main.offersReport());

        ReportPage report = main.openReport().expectRead();

        assertEquals("2026-10", report.month(), "on 27 November: October");
        assertEquals("3", report.figure("CONTRACTS"));
        assertEquals("¥17,500.50", report.figure("AMOUNT_SIGNED"));
        assertEquals("66.7% (2/3)", report.figure("SHOW_RATE"));
        assertEquals("75.0% (3/4)", report.figure("VISIT_TO_CONTRACT"));
        assertEquals("转化漏斗", report.chartTitle("funnelChart"));
        assertEquals("各渠道每周来访", report.chartTitle("weeklyChart"));
        assertEquals("咨询师本月", report.chartTitle("counselorChart"));
        assertEquals("咨询者类型分布", report.chartTitle("clientTypeChart"));
        assertEquals("导出 Excel (Ctrl+E)", report.exportButton());
        assertFalse(report.showsProgress(), "no bar until an export runs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"简体中文", "English"})
    void theReportFits1366x768(String language) {
        TestOffice office = TestOffice.on(HandBuiltMonthAccess.open(folder));
        MainPage main = startAs(office, MANAGER);
        main.resizeWindow(1366, 768);
        if (!language.equals(main.language())) {
            main = main.switchLanguage(language);
        }
        ReportPage report = main.openReport().expectRead();
        assertEquals(List.of(), report.cutTexts());
    }

    @Test
    void aCounselorHasNoReport() {
        TestOffice office = TestOffice.on(HandBuiltMonthAccess.open(folder));
        MainPage main = startAs(office, COUNSELOR);
        assertFalse(main.offersReport());
    }
}
