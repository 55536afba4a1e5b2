package com.counseldesk.report.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.office.StaffService;
import com.counseldesk.pages.ImportPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.report.importing.ImportRequest;
import com.counseldesk.report.importing.ImportService;
import com.counseldesk.report.importing.Mapping;
import com.counseldesk.report.importing.MessySheets;
import com.counseldesk.report.importing.RegisterKind;
import com.counseldesk.report.importing.Sheet;
import com.counseldesk.report.importing.SheetFiles;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import screen on screen: a manager's, from the top bar, with the past imports to undo. */
class ImportGuiTest extends GuiTest {
    @Test
    void aManagerOpensTheImportWithItsPastImportsAndTheKeyboardStartsAtTheFile() throws Exception {
        TestOffice office = typicalOffice();
        Path file = MessySheets.register().title("热线登记表").header("日期", "学生姓名", "电话", "咨询师")
                .row("2025/3/5", "张小明", "13812345678", "李明").writeXlsx(folder.resolve("热线.xlsx"));
        Sheet sheet = SheetFiles.read(file, 1);
        new ImportService(office.db, office.clock, office.families, new StaffService(office.db, office.clock))
                .run(new ImportRequest("热线.xlsx", sheet, Mapping.guess(sheet), RegisterKind.CALLS, Map.of(), null,
                        office.staffId(TestOffice.MANAGER), false), ImportService.Progress.NONE);
        MainPage main = startAs(office, TestOffice.MANAGER);
        assertTrue(main.offersImport());

        ImportPage page = main.openImport().expectBatches(1);

        assertEquals("热线.xlsx · 三月", page.batches().get(0).get("文件 · 工作表"));
        assertEquals("读了 1 行：新建 1 户，合并 0 行，未导入 0 行", page.batches().get(0).get("结果"));
        assertEquals("还没有选择文件（.xlsx 或 .xls）", page.fileName());
        assertFalse(page.canImport(), "nothing to import before a file is chosen");
        assertFalse(page.canCancel());
        page.expectFocus("importChooseFile");
    }

    @Test
    void aCounselorHasNoImport() {
        MainPage main = startAs(typicalOffice(), TestOffice.COUNSELOR);

        assertFalse(main.offersImport());
    }
}
