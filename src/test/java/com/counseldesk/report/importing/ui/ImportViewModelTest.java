package com.counseldesk.report.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.office.StaffService;
import com.counseldesk.report.importing.Field;
import com.counseldesk.report.importing.ImportService;
import com.counseldesk.report.importing.MessySheets;
import com.counseldesk.report.importing.RegisterKind;
import com.counseldesk.report.importing.SheetFiles;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's steps without the toolkit, work run in line. */
@SqliteOnly
class ImportViewModelTest {
    @TempDir
    Path dir;

    private TestOffice office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ImportViewModel vm;
    private final I18n zh = new I18n(I18n.CHINESE);

    @BeforeEach
    void setUp() {
        office = TestOffice.typical(dir);
        StaffService staff = new StaffService(office.db, office.clock);
        vm = new ImportViewModel(new ImportService(office.db, office.clock, office.families, staff), staff,
                Background.direct(), dialogs, () -> office.staff(TestOffice.MANAGER), () -> zh);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private Path register() throws Exception {
        return MessySheets.register().title("来访登记表")
                .header("日期", "孩子", "手机号码", "接待人", "住址")
                .row("2025.4.1", "林一", "13811112222", "李明", "海淀")
                .row("2025.4.2", "陈二", "13700002222", "老王", "")
                .row("2025.4.3", "", "13700003333", "李明", "")
                .writeXlsx(dir.resolve("来访.xlsx"));
    }

    @Test
    void theStepsFromTheFileToTheSummaryAndTheUndo() throws Exception {
        dialogs.chooseFile(register());

        vm.chooseFile();

        assertEquals(List.of("说明", "三月"), vm.sheets());
        assertEquals("三月", vm.sheetProperty().get().name(), "the sheet with a phone and a date column");
        assertEquals(RegisterKind.VISITS, vm.kindProperty().get());
        assertEquals(List.of("日期", "孩子", "手机号码", "接待人", "住址"), vm.headers());
        assertEquals(List.of(Field.DATE, Field.STUDENT, Field.PHONE, Field.OWNER, Field.DISTRICT),
                vm.mappingProperty().get().columns());
        assertEquals(new ImportViewModel.Line(3, "林一", "138 1111 2222", "2025-04-01", "李明", ""), vm.preview().get(0));
        assertEquals(zh.t("import.reject.noStudent"), vm.preview().get(2).problem());
        assertEquals(List.of("老王"), vm.people().stream().map(ImportViewModel.Person::name).toList());

        vm.people().get(0).staffProperty().set(office.staff(TestOffice.OTHER_COUNSELOR));
        vm.startImport();

        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals("读了 3 行：新建 2 户，合并 0 行，未导入 1 行", zh.t("import.summary",
                vm.resultProperty().get().read(), vm.resultProperty().get().stored(),
                vm.resultProperty().get().merged(), vm.resultProperty().get().rejected().size()));
        assertEquals(office.staffId(TestOffice.OTHER_COUNSELOR),
                office.household("13700002222").household().ownerId(), "老王 is 张伟, as chosen");
        assertEquals(1, vm.batches().size());

        Path rejected = dir.resolve("未导入.xlsx");
        dialogs.saveAs(rejected);
        vm.saveRejected();
        assertTrue(Files.exists(rejected));
        assertEquals(zh.t("import.reject.noStudent"), SheetFiles.read(rejected, 0).rows().get(1).cell(0));
        assertEquals(zh.t("import.rejected.saved", rejected.toString()), zh.t(vm.messageProperty().get()));

        assertFalse(vm.thisUndoneProperty().get());
        vm.undoThis();

        assertTrue(vm.batches().get(0).undone());
        assertTrue(vm.thisUndoneProperty().get(), "undone: its button goes grey");
        assertEquals(0L, (long) office.db.read(h -> h.createQuery("SELECT COUNT(*) FROM household").mapTo(Long.class).one()));
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void aColumnMappedByHandChangesThePreview() throws Exception {
        vm.open(register());

        vm.setField(4, Field.SCHOOL);
        vm.setField(2, Field.IGNORED);

        assertEquals(zh.t("import.error.mapping"), zh.t(vm.messageProperty().get()));
        assertEquals(zh.t("import.reject.noPhone"), vm.preview().get(0).problem());
        vm.startImport();
        assertNull(vm.resultProperty().get(), "nothing imported without a phone column");
    }

    @Test
    void aChangedMappingIsReadOffTheUiThreadAndTheLatestChangeWins() throws Exception {
        List<Runnable> worker = new ArrayList<>();
        StaffService staff = new StaffService(office.db, office.clock);
        ImportViewModel later = new ImportViewModel(new ImportService(office.db, office.clock, office.families, staff),
                staff, new Background(worker::add, Runnable::run, Runnable::run), dialogs,
                () -> office.staff(TestOffice.MANAGER), () -> zh);
        later.open(register());
        runAll(worker);
        assertEquals("林一", later.preview().get(0).student());

        later.setField(1, Field.IGNORED);
        later.setField(1, Field.PARENT);

        assertEquals(2, worker.size(), "both readings wait for the worker; none ran on this thread");
        assertTrue(later.readingProperty().get());
        assertEquals("林一", later.preview().get(0).student(), "the preview stays until read");
        later.startImport();
        assertNull(later.resultProperty().get(), "no import while the preview is being read");
        Runnable first = worker.remove(0);
        worker.remove(0).run();
        assertEquals(zh.t("import.reject.noStudent"), later.preview().get(0).problem(), "the latest mapping");
        assertFalse(later.readingProperty().get());
        first.run();
        assertEquals(zh.t("import.reject.noStudent"), later.preview().get(0).problem(),
                "an earlier reading that ends later is not shown");
        assertEquals(Field.PARENT, later.mappingProperty().get().field(1));
    }

    private static void runAll(List<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidInADialog() throws Exception {
        vm.open(Files.writeString(dir.resolve("x.xlsx"), "no"));

        assertEquals("import.error.unreadable", dialogs.single().message().key());
        assertNull(vm.sheetProperty().get());
    }
}
