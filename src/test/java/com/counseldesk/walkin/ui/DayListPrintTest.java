package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.i18n.I18n;
import com.counseldesk.pages.PrintedPage;
import com.counseldesk.testutil.Fx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A day's list on paper, without a printer: the pages as they will print. */
@Tag("gui")
class DayListPrintTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final List<String> HEADERS = List.of("到达", "学生", "家长", "电话", "渠道", "咨询师", "状态", "离开");
    /** The printable area of A4 paper at the usual margins, in points. */
    private static final double WIDTH = 523;
    private static final double HEIGHT = 770;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** A day's list as the board shows it, {@code visitors} rows. */
    private static DayList day(int visitors) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= visitors; i++) {
            rows.add(List.of(String.format("%02d:%02d", 8 + i / 60, i % 60),
                    i % 10 == 3 ? "欧阳子涵、欧阳子豪、欧阳小小" : "学生" + i, "家长" + i,
                    String.format("139 0000 %04d", i), "直接上访", "李明", i % 7 == 0 ? "已离开" : "等待中",
                    i % 7 == 0 ? "12:00" : ""));
        }
        return new DayList("今日来访（" + visitors + "）", HEADERS, rows);
    }

    private static List<PrintedPage> pages(DayList list, I18n i18n) {
        return Fx.get(() -> DayListPrint.pages(list, DAY, "测试校区", i18n, WIDTH, HEIGHT)).stream()
                .map(PrintedPage::new).toList();
    }

    @Test
    void aLongDaySplitsOverPagesEachWithTheOfficeTheDayAndItsNumber() {
        DayList list = day(100);
        List<PrintedPage> pages = pages(list, new I18n(I18n.CHINESE));

        assertEquals(3, pages.size());
        List<Map<String, String>> printed = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PrintedPage page = pages.get(i);
            assertEquals(zh("today.print.title", "测试校区", "2026-11-27", 100), page.title());
            assertEquals("测试校区 · 2026-11-27 来访名单（100 人）", page.title());
            assertEquals(zh("today.print.page", i + 1, 3), page.pageNumber());
            assertEquals(HEADERS, page.headers());
            assertTrue(page.height() <= HEIGHT, "page " + (i + 1) + " fits the paper: " + page.height());
            assertEquals(List.of(), page.cutCells(), "page " + (i + 1) + ": every name and number in full");
            assertTrue(page.width() <= WIDTH + 0.5, "page " + (i + 1) + " is not wider than the paper: "
                    + page.width());
            printed.addAll(page.rows());
        }
        assertEquals("第 1 / 3 页", pages.get(0).pageNumber());
        assertEquals(pages.get(0).rows().size(), pages.get(1).rows().size(), "full pages before the last");
        assertTrue(pages.get(0).height() + DayListPrint.ROW_HEIGHT > HEIGHT, "a full page has no room for one more");
        assertEquals(list.rows().size(), printed.size(), "every visitor printed once");
        for (int i = 0; i < printed.size(); i++) {
            assertEquals(list.rows().get(i), List.copyOf(printed.get(i).values()), "row " + (i + 1) + " as shown");
        }
        assertEquals(Map.of("到达", "08:01", "学生", "学生1", "家长", "家长1", "电话", "139 0000 0001", "渠道", "直接上访",
                "咨询师", "李明", "状态", "等待中", "离开", ""), printed.get(0));
        assertEquals("学生100", pages.get(2).rows().get(pages.get(2).rows().size() - 1).get("学生"));
    }

    @Test
    void aTextTooLongForThePaperIsCutShortAndTheLineStillFits() {
        List<String> row = new ArrayList<>(day(1).rows().get(0));
        row.set(1, "欧阳子涵、".repeat(30));
        DayList list = new DayList("今日来访（1）", HEADERS, List.of(row));

        PrintedPage page = pages(list, new I18n(I18n.CHINESE)).get(0);

        assertEquals(List.of(row.get(1)), page.cutCells());
        assertTrue(page.width() <= WIDTH + 0.5, "the line is not wider than the paper: " + page.width());
        assertEquals("139 0000 0001", page.rows().get(0).get("电话"));
    }

    @Test
    void aDayWithoutVisitorsIsOnePageThatSaysSoInEnglishToo() {
        List<PrintedPage> pages = pages(day(0), new I18n(I18n.ENGLISH));

        assertEquals(1, pages.size());
        assertEquals(en("today.print.title", "测试校区", "2026-11-27", 0), pages.get(0).title());
        assertEquals("Page 1 of 1", pages.get(0).pageNumber());
        assertEquals(HEADERS, pages.get(0).headers());
        assertEquals(List.of(), pages.get(0).rows());
    }
}
