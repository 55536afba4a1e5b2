package com.counseldesk.walkin.ui;

import static com.counseldesk.testutil.Bundles.en;
import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.counseldesk.pages.KeyHelpPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.MessagePage;
import com.counseldesk.pages.TodayPage;
import com.counseldesk.testutil.Fx;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import java.util.List;
import javafx.print.Printer;
import org.junit.jupiter.api.Test;

/** 打印 on the board (the button or Ctrl+P) on a PC without a printer, as on most office PCs' first day. */
class PrintListGuiTest extends GuiTest {
    /** The desk's main window on a day with two visitors, on a PC without a printer. */
    private MainPage deskWithoutPrinter() {
        TestOffice office = typicalOffice();
        office.register(office.walkIn("李明").student("张子涵").phone("138 1234 5678"));
        office.register(office.walkIn("张伟").student("王小明").phone("139 0000 0001"));
        MainPage main = startAs(office, "王芳");
        // With a printer the system's print dialog would open and wait for a person.
        assumeTrue(Fx.get(() -> Printer.getDefaultPrinter() == null), "this machine has a printer");
        return main;
    }

    @Test
    void withoutAPrinterTheDeskIsToldHowToGetTheListOnPaper() {
        MainPage main = deskWithoutPrinter();
        TodayPage today = main.today().expectRowCount(2);
        assertEquals(zh("today.print"), today.printButton());

        MessagePage message = today.print();
        assertEquals(zh("today.print.failed"), message.title());
        assertEquals("这台电脑没有可用的打印机。可以用“复制名单”粘贴到 Excel 或 Word 后打印。", message.message());
        message.close();

        message = today.printWithCtrlP();
        assertEquals(zh("today.print.noPrinter"), message.message());
        message.close();
        today.expectFocus("todayTable");

        // With the cursor in the list, the board's keys come first in the shortcut list.
        KeyHelpPage keys = today.pressF1();
        assertEquals(List.of(zh("keys.area.today"), zh("keys.area.walkin"), zh("keys.area.window")), keys.titles());
        keys.closeWithEscape();
        today.expectFocus("todayTable");
    }

    @Test
    void theMessageIsInEnglishInEnglish() {
        MainPage main = deskWithoutPrinter().switchLanguage("English");
        TodayPage today = main.today().expectRowCount(2);
        assertEquals("Print", today.printButton());

        MessagePage message = today.printWithCtrlP();
        assertEquals(en("today.print.failed"), message.title());
        assertEquals(en("today.print.noPrinter"), message.message());
        message.close();
    }
}
