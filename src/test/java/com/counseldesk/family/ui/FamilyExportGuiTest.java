package com.counseldesk.family.ui;

import static com.counseldesk.testutil.Bundles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.family.Directory;
import com.counseldesk.family.DirectoryOffice;
import com.counseldesk.pages.ExportBarPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.SearchPage;
import com.counseldesk.testutil.ExportedList;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search's export on screen: what was typed finds more families than a page shows; Ctrl+E, with the
 * cursor still in the search field, saves every one of them and says where.
 */
class FamilyExportGuiTest extends GuiTest {
    private static final int MANY = Directory.PAGE + 5;

    @Test
    void ctrlEInTheSearchSavesEveryFamilyFoundNotOnlyThePageShown() {
        TestOffice office = typicalOffice();
        DirectoryOffice desk = new DirectoryOffice(office);
        for (int i = 0; i < MANY; i++) {
            desk.household("王同学" + i).lastContact(LocalDateTime.of(2026, 11, 1, 9, 0).plusHours(i)).create();
        }
        desk.household("李雷").create();
        desk.close();
        MainPage main = startAs(office, TestOffice.COUNSELOR);
        SearchPage search = main.find();
        search.type("王同学");
        Wait.forValue("a page of the families found", zh("search.shownMore", Directory.PAGE), search::status);
        assertTrue(search.canLoadMore());
        Path out = folder.resolve("families.xlsx");
        app.files().saveAs(out);

        ExportBarPage export = search.export().pressCtrlE().expectStatus(zh("export.done", "families.xlsx"));

        assertEquals(SearchPage.FIELD, search.focusedId(), "the cursor stays in the search field");
        assertEquals(List.of("家庭列表-2026-11-27.xlsx"), app.files().suggested());
        ExportedList list = ExportedList.read(out);
        assertEquals("筛选：查找“王同学”", list.filters());
        assertEquals(MANY, list.rowCount());
        String first = list.texts(zh("search.col.students")).get(0);
        assertTrue(search.column(zh("search.col.students")).get(0).startsWith(first + "（"), "the list's order: " + first);
        assertTrue(export.offersOpenFolder());
    }
}
