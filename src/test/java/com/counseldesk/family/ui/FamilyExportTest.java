package com.counseldesk.family.ui;

import static com.counseldesk.testutil.ExportedList.date;
import static com.counseldesk.testutil.ExportedList.number;
import static com.counseldesk.testutil.ExportedList.quoted;
import static com.counseldesk.testutil.ExportedList.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.family.Channel;
import com.counseldesk.family.DirectoryOffice;
import com.counseldesk.family.Directory;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.office.Staff;
import com.counseldesk.report.ListWorkbook;
import com.counseldesk.testutil.ExportedList;
import com.counseldesk.testutil.Messages;
import com.counseldesk.testutil.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 导出 Excel on the search screen: every family the text and the filters find (not only the page on
 * screen) in a workbook read back as a spreadsheet program reads it.
 */
class FamilyExportTest {
    /** More of 李明's families than a page of the list. */
    private static final int MANY = Directory.PAGE + 12;
    @TempDir
    Path folder;
    private DirectoryOffice office;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path out;

    @BeforeEach
    void open() {
        office = new DirectoryOffice(folder.resolve("db"));
        for (int i = 0; i < MANY; i++) {
            office.household("王同学" + i).contact("王家长" + i)
                    .lastContact(LocalDateTime.of(2026, 11, 1, 9, 0).plusHours(i)).create();
        }
        office.household("王小虎").contact("王芳", Relation.MOTHER, "010 6234 5678")
                .contact("=HYPERLINK(\"http://x\")", Relation.FATHER, "139 0000 7777").channel(Channel.PARTNER)
                .stage(Stage.VISITED).firstContact(LocalDateTime.of(2026, 10, 3, 14, 30))
                .lastContact(LocalDateTime.of(2026, 11, 26, 16, 0)).create();
        office.household("李雷").owner(DirectoryOffice.OTHER_COUNSELOR).create();
        out = folder.resolve("exports").resolve("families.xlsx");
    }

    @AfterEach
    void close() {
        office.close();
    }

    private SearchViewModel vm(Background background) {
        return new SearchViewModel(office.directory, background, dialogs, ListWorkbook::write,
                () -> new I18n(I18n.CHINESE), office.clock);
    }

    private Staff liMing() {
        return new Staff(office.staffId(DirectoryOffice.COUNSELOR), DirectoryOffice.COUNSELOR,
                com.counseldesk.office.Role.COUNSELOR, true);
    }

    @Test
    void everyFamilyTheFiltersFindIsExportedNotOnlyThePageOnScreen() {
        SearchViewModel vm = vm(Background.direct());
        vm.ownerProperty().set(liMing());
        assertEquals(Directory.PAGE, vm.results().size(), "the list shows a page");
        assertTrue(vm.moreProperty().get());
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of("家庭列表-2026-11-27.xlsx"), dialogs.suggested());
        Messages.assertMsg(new Msg("export.done", "families.xlsx"), vm.exporter().statusProperty().get());
        ExportedList list = ExportedList.read(out);
        assertEquals("家庭列表", list.name());
        assertEquals("筛选：李明", list.filters());
        assertNull(list.totals(), "a list of families has no totals");
        assertEquals(List.of("家庭编号", "学生", "年级", "学校", "阶段", "联系人", "主要电话", "其他电话", "归属咨询师",
                "来源渠道", "区域", "首次接触", "最近联系"), list.headers());
        assertEquals(MANY + 1, list.rowCount(), "李明's families, 张伟's left out");
        assertEquals("王小虎", text(list.cell(0, "学生")), "newest contact first, as the list");
        assertEquals("李明", text(list.cell(0, "归属咨询师")));
        assertEquals("已来访", text(list.cell(0, "阶段")));
        assertEquals("渠道来访", text(list.cell(0, "来源渠道")));
        assertEquals("010 6234 5678", text(list.cell(0, "主要电话")), "a phone is text, its 0 kept");
        assertEquals("139 0000 7777", text(list.cell(0, "其他电话")));
        assertEquals("王芳（母亲）、=HYPERLINK(\"http://x\")（父亲）", text(list.cell(0, "联系人")));
        assertEquals(LocalDateTime.of(2026, 10, 3, 14, 30), date(list.cell(0, "首次接触"), "yyyy-mm-dd hh:mm"));
        assertEquals(LocalDateTime.of(2026, 11, 26, 16, 0), date(list.cell(0, "最近联系"), "yyyy-mm-dd hh:mm"));
        assertTrue(number(list.cell(0, "家庭编号")) > 0);
        assertEquals("王同学" + (MANY - 1), text(list.cell(1, "学生")));
        assertEquals("王同学0", text(list.cell(MANY, "学生")), "the last of all, beyond the page");

        vm.exporter().openFolder();
        assertEquals(List.of(out.getParent()), dialogs.openedFolders());
    }

    @Test
    void theTextAndEveryFilterAreOnTheLineAboveTheHeader() {
        SearchViewModel vm = vm(Background.direct());
        vm.textProperty().set("王小");
        vm.stageProperty().set(Stage.VISITED);
        vm.fromProperty().set("2026-10-01");
        vm.toProperty().set("2026-10-31");
        dialogs.saveAs(out);

        vm.export();

        ExportedList list = ExportedList.read(out);
        assertEquals("筛选：查找“王小” · 已来访 · 首次接触 2026-10-01 至 2026-10-31", list.filters());
        assertEquals(List.of("王小虎"), list.texts("学生"));
    }

    @Test
    void aNameLikeAFormulaIsWrittenAsText() {
        office.household("=1+2").contact("-张妈妈").channel(Channel.REFERRAL).create();
        SearchViewModel vm = vm(Background.direct());
        vm.channelProperty().set(Channel.REFERRAL);
        dialogs.saveAs(out);

        vm.export();

        ExportedList list = ExportedList.read(out);
        assertEquals("筛选：转介绍", list.filters());
        assertEquals(1, list.rowCount());
        assertEquals("=1+2", quoted(list.cell(0, "学生")), "shown as typed, never run");
        assertEquals("-张妈妈（母亲）", quoted(list.cell(0, "联系人")));
    }

    @Test
    void aNameSearchExportsAllItsMatchesInTheListsOrder() {
        SearchViewModel vm = vm(Background.direct());
        vm.textProperty().set("王同学");
        List<String> onScreen = vm.results().stream().map(c -> c.studentNames()).toList();
        dialogs.saveAs(out);

        vm.export();

        ExportedList list = ExportedList.read(out);
        assertEquals(MANY, list.rowCount());
        assertEquals(onScreen, list.texts("学生").subList(0, onScreen.size()), "the same order as on screen");
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        List<Runnable> later = new ArrayList<>();
        SearchViewModel vm = vm(new Background(Runnable::run, Runnable::run, later::add));
        dialogs.saveAs(out);

        vm.export();
        assertTrue(vm.exporter().exportingProperty().get(), "the export runs on its own");
        vm.exporter().cancel();
        later.forEach(Runnable::run);

        Messages.assertMsg(new Msg("export.cancelled"), vm.exporter().statusProperty().get());
        assertFalse(vm.exporter().exportingProperty().get());
        assertNull(vm.exporter().exportedProperty().get());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList(), "nothing left behind");
        }
    }

    @Test
    void aMistypedDayExportsNothing() {
        SearchViewModel vm = vm(Background.direct());
        vm.fromProperty().set("2026-13-01");
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of(), dialogs.suggested(), "no file is asked for");
        assertFalse(Files.exists(out));
    }
}
