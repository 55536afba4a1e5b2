package com.counseldesk.report.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Student;
import com.counseldesk.office.StaffService;
import com.counseldesk.pages.ImportPage;
import com.counseldesk.pages.MainPage;
import com.counseldesk.pages.Page;
import com.counseldesk.report.importing.ImportRequest;
import com.counseldesk.report.importing.ImportService;
import com.counseldesk.report.importing.Mapping;
import com.counseldesk.report.importing.MessySheets;
import com.counseldesk.report.importing.RegisterKind;
import com.counseldesk.report.importing.Sheet;
import com.counseldesk.report.importing.SheetFiles;
import com.counseldesk.testutil.GuiTest;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.Wait;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

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
    void aColumnIsMappedFromTheKeyboardAndThePreviewFollowsThenTheRegisterIsImportedAndUndone() throws Exception {
        TestOffice office = typicalOffice();
        Path file = MessySheets.register().title("热线登记表").header("日期", "小朋友", "电话", "咨询师")
                .row("2025/3/5", "张小明", "13812345678", "李明")
                .row("2025/3/6", "王小红", "13900001111", "张伟").writeXlsx(folder.resolve("热线.xlsx"));
        RecordingDialogs dialogs = new RecordingDialogs().chooseFile(file);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        I18n zh = new I18n(I18n.CHINESE);
        StaffService staff = new StaffService(office.db, office.clock);
        ImportViewModel vm = new ImportViewModel(new ImportService(office.db, office.clock, office.families, staff),
                staff, new Background(worker, Platform::runLater), dialogs, () -> office.staff(TestOffice.MANAGER),
                () -> zh);
        try {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(stage -> {
                ImportView view = new ImportView(vm, zh);
                stage.setScene(new Scene(view.root(), 1280, 760));
                stage.show();
                stage.toFront();
                stage.requestFocus();
                vm.load();
                view.focus();
            });
            int mouse = Page.mouseActions();
            ImportPage page = new ImportPage(new FxRobot());

            page.chooseFile("热线.xlsx");

            page.expectColumnField(1, "（不导入）").expectColumnField(2, "电话")
                    .expectPeople("表里的咨询师都是本校区的员工");
            page.expectPreview(0, "学生姓名", "").expectPreview(0, "问题（这一行不导入）", "没有学生姓名");

            page.mapColumn(1, "学生姓名");

            page.expectFocus("importColumn1");
            page.expectColumnField(1, "学生姓名");
            page.expectPreview(0, "学生姓名", "张小明").expectPreview(0, "问题（这一行不导入）", "")
                    .expectPreview(1, "学生姓名", "王小红");

            page.startImport().expectSummary("读了 2 行：新建 2 户，合并 0 行，未导入 0 行").expectBatches(1);
            assertEquals(List.of("张小明"), office.household("13812345678").students().stream()
                    .map(Student::name).toList());

            page.undoThis().expectMessage("已撤销 热线.xlsx 的导入");
            Wait.until("the import shown undone", () -> !page.batches().get(0).get("撤销时间").isEmpty());
            Wait.until("its undo greyed out", () -> !page.canUndoThis());
            assertTrue(office.families.findByPhone(Phone.parse("13812345678")).isEmpty());
            assertEquals(List.of(), dialogs.shown());
            assertEquals(mouse, Page.mouseActions(), "the keyboard alone");
        } finally {
            FxToolkit.cleanupStages();
            worker.shutdownNow();
            office.close();
        }
    }

    @Test
    void aCounselorHasNoImport() {
        MainPage main = startAs(typicalOffice(), TestOffice.COUNSELOR);

        assertFalse(main.offersImport());
    }
}
