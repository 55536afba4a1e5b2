package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.counseldesk.pages.KeyHelpPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.PrintPreviewPage;
import com.counseldesk.pages.PrintedPage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.print.Printer;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * 打印 on the board (the button or Ctrl+P): the list's pages in a preview first, on a PC without a
 * printer, as on most office PCs' first day.
 */
class PrintListGuiTest extends GuiTest {
    /** The desk's main window on a day with {@code visitors} visitors, on a PC without a printer. */
    private MainPage deskWithoutPrinter(int visitors) {
        TestOffice office = typicalOffice();
        office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        office.register(office.walkIn("张伟").student("王小明").phone("139 0000 0001"));
        for (int i = 3; i <= visitors; i++) {
            office.register(office.walkIn("李明").student("学生" + i).phone(String.format("139 0000 %04d", i)));
        }
        MainPage main = startAs(office, "王芳");
        // The preview says what it can do only without a printer; with one, 打印 opens the system's dialog.
        assumeTrue(Fx.get(() -> Printer.getDefaultPrinter() == null), "this machine has a printer");
        return main;
    }

    @Test
    void theDeskSeesTheListBeforePrintingAndIsToldThereIsNoPrinter() {
        MainPage main = deskWithoutPrinter(2);
        TodayPage today = main.today().expectRowCount(2);
        assertEquals(zh("today.print"), today.printButton());

        PrintPreviewPage preview = today.print();
        assertEquals("打印预览 — 测试校区 · 2026-11-27 来访名单（2 人）", preview.windowTitle());
        assertEquals("共 1 页", preview.pageCount());
        List<PrintedPage> pages = preview.pages();
        assertEquals(1, pages.size());
        assertEquals("测试校区 · 2026-11-27 来访名单（2 人）", pages.get(0).title());
        assertEquals("第 1 / 1 页", pages.get(0).pageNumber());
        assertEquals(Set.of(Map.entry("张子涵", "138 1234 5678"), Map.entry("王小明", "139 0000 0001")),
                pages.get(0).rows().stream().map(r -> Map.entry(r.get("学生"), r.get("电话")))
                        .collect(Collectors.toSet()));
        assertTrue(preview.fitsTheScreen(), "the preview fits a 1366×768 screen");
        assertTrue(preview.sheetsFitTheWidth(), "each page shows its whole width");

        // Nothing to print with: 打印 is off, a line says why, and the keyboard is on 关闭.
        assertEquals("这台电脑没有可用的打印机。可以用“复制名单”粘贴到 Excel 或 Word 后打印。", preview.message());
        assertFalse(preview.canPrint());
        assertEquals(List.of("printPreviewCloseButton", "printPreviewCloseButton"), preview.tabWalk(1));
        preview.printWithCtrlP();
        assertTrue(preview.isOpen());
        assertEquals(zh("today.print.noPrinter"), preview.message());
        preview.closeWithEscape();
        today.expectFocus("printListButton");

        preview = today.printWithCtrlP();
        assertEquals(zh("print.preview.title", zh("today.print.title", "测试校区", "2026-11-27", 2)),
                preview.windowTitle());
        KeyHelpPage keys = preview.pressF1();
        assertEquals(List.of(zh("keys.area.printPreview"), zh("keys.area.window")), keys.titles());
        assertEquals("Esc  " + zh("keys.printPreview.close"), keys.line(zh("keys.area.printPreview"), "Esc"));
        keys.closeWithEscape();
        preview.expectFocus("printPreviewCloseButton");
        preview.closeWithButton();
        today.expectFocus("todayTable");

        // With the cursor in the list, the board's keys come first in the shortcut list.
        keys = today.pressF1();
        assertEquals(List.of(zh("keys.area.today"), zh("keys.area.walkin"), zh("keys.area.window")), keys.titles());
        keys.closeWithEscape();
        today.expectFocus("todayTable");
    }

    @Test
    void aLongDayIsAColumnOfPagesTheKeysScrollThrough() {
        MainPage main = deskWithoutPrinter(44);
        TodayPage today = main.today().expectTitle(zh("today.title", 44));

        PrintPreviewPage preview = today.printWithCtrlP();
        assertEquals("共 2 页", preview.pageCount());
        List<PrintedPage> pages = preview.pages();
        assertEquals(List.of("第 1 / 2 页", "第 2 / 2 页"), pages.stream().map(PrintedPage::pageNumber).toList());
        assertEquals(44, pages.stream().mapToInt(p -> p.rows().size()).sum());
        assertEquals(List.of(0), preview.sheetsInSight());
        preview.press(KeyCode.PAGE_DOWN);
        preview.press(KeyCode.PAGE_DOWN);
        assertTrue(preview.sheetsInSight().contains(1), "Page Down brings the second page: "
                + preview.sheetsInSight());
        preview.closeWithEscape();
        today.expectFocus("todayTable");
    }

    @Test
    void thePreviewIsInEnglishInEnglish() {
        MainPage main = deskWithoutPrinter(2).switchLanguage("English");
        TodayPage today = main.today().expectRowCount(2);
        assertEquals("Print", today.printButton());

        PrintPreviewPage preview = today.printWithCtrlP();
        assertEquals("Print preview — 测试校区 · visitors on 2026-11-27 (2)", preview.windowTitle());
        assertEquals("1 page", preview.pageCount());
        assertEquals("Page 1 of 1", preview.pages().get(0).pageNumber());
        assertEquals(en("today.print.noPrinter"), preview.message());
        assertEquals(List.of("Print", "Close"), List.of(preview.printButton(), preview.closeButton()));
        assertEquals(List.of(), preview.cutTexts());
        preview.closeWithEscape();
        today.expectFocus("todayTable");
    }
}
