package com.counseldesk.hotline.ui;

import static com.counseldesk.testutil.ExportedList.date;
import static com.counseldesk.testutil.ExportedList.number;
import static com.counseldesk.testutil.ExportedList.quoted;
import static com.counseldesk.testutil.ExportedList.text;
import static com.counseldesk.testutil.Bundles.zh;
import static com.counseldesk.testutil.Messages.assertMsg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.fx.Pick;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.consult.FollowUpService;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Grade;
import com.counseldesk.family.Relation;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallLine;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.CallSheet;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.report.ListWorkbook;
import com.counseldesk.testutil.ExportedList;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
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
 * The call list without the toolkit: this month's calls first, the filters, and 导出 Excel read back as a
 * spreadsheet program reads it. 李明 took three calls on 27 November (one a formula-like summary, one an
 * advert), 张伟 made a cold call, and 李明 took one in October.
 */
class CallListViewModelTest {
    @TempDir
    Path dir;
    private TestOffice t;
    private CallService calls;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path out;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir.resolve("db"));
        AppointmentService appointments = new AppointmentService(t.db, t.clock, t.families, t.office, t.walkIns);
        calls = new CallService(t.db, t.clock, t.families, t.office, new DutyService(t.db, t.clock, t.office),
                appointments, new FollowUpService(t.db, t.clock, t.families, t.office, t.visits));
        log(LocalDateTime.of(2026, 10, 20, 15, 0), TestOffice.COUNSELOR, CallKind.INBOUND, "139 0000 5555", "陈晨",
                "", CallOutcome.NOT_INTERESTED);
        log(LocalDateTime.of(2026, 11, 27, 8, 30), TestOffice.COUNSELOR, CallKind.INBOUND, "138 1234 5678", "张子涵",
                "=HYPERLINK(\"http://x\",\"点我\")", CallOutcome.NOT_INTERESTED);
        log(LocalDateTime.of(2026, 11, 27, 9, 0), TestOffice.OTHER_COUNSELOR, CallKind.COLD, "139 0000 2222", "王小虎",
                "英语差", CallOutcome.NOT_INTERESTED);
        log(LocalDateTime.of(2026, 11, 27, 9, 30), TestOffice.COUNSELOR, CallKind.INBOUND, "0571 8765 4321", "", "",
                CallOutcome.NOT_CLIENT);
        out = dir.resolve("exports").resolve("calls.xlsx");
    }

    private void log(LocalDateTime at, String who, CallKind kind, String phone, String student, String summary,
            CallOutcome outcome) {
        LocalDateTime was = t.clock.localNow();
        t.clock.set(at.plusMinutes(17));
        try {
            CallSheet sheet = new CallSheet(Phone.parse(phone), student, null, Grade.J2, "", List.of(), "",
                    new ContactDetails(student.isEmpty() ? "" : "王丽", Relation.MOTHER), "", "", summary);
            calls.log(t.staffId(who), new NewCall(kind, sheet, at, 17 * 60, outcome, null, null), null, true);
        } finally {
            t.clock.set(was);
        }
    }

    @AfterEach
    void close() {
        t.close();
    }

    private CallListViewModel vm(String who, Background background) {
        CallListViewModel vm = new CallListViewModel(calls, t.office, background, dialogs, t.staff(who), t.clock,
                ListWorkbook::write, () -> new I18n(I18n.CHINESE));
        vm.start();
        return vm;
    }

    private static List<String> students(CallListViewModel vm) {
        return vm.rows().stream().map(CallLine::student).toList();
    }

    @Test
    void thisMonthsCallsComeFirstLatestFirstAndEachFilterNarrowsThem() {
        CallListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        assertEquals("2026-11", vm.monthFilter().textProperty().get());
        assertEquals(List.of("", "王小虎", "张子涵"), students(vm));
        assertMsg(new Msg("hotline.calls.count", 3), vm.countProperty().get());
        assertEquals("", students(vm).get(0), "the newest is chosen");
        assertEquals(vm.rows().get(0), vm.selectedProperty().get());

        vm.directionProperty().set(new Pick<>(false));
        assertEquals(List.of("王小虎"), students(vm));
        vm.directionProperty().set(new Pick<>(null));
        vm.outcomeProperty().set(new Pick<>(CallOutcome.NOT_CLIENT));
        assertEquals(List.of(""), students(vm));
        vm.outcomeProperty().set(new Pick<>(null));
        vm.counselorProperty().set(vm.counselors().stream().filter(p -> p.value() != null
                && p.value().name().equals(TestOffice.COUNSELOR)).findFirst().orElseThrow());
        assertEquals(List.of("", "张子涵"), students(vm));
        vm.monthFilter().move(-1);
        assertEquals("2026-10", vm.monthFilter().textProperty().get());
        assertEquals(List.of("陈晨"), students(vm));
        vm.monthFilter().textProperty().set("十月");
        assertEquals("error.calls.month", vm.monthFilter().errorProperty().get().key());
        assertEquals(List.of("陈晨"), students(vm), "a month that cannot be read changes nothing");
    }

    @Test
    void aCounselorListsTheCallsTheyMaySee() {
        CallListViewModel vm = vm(TestOffice.OTHER_COUNSELOR, Background.direct());
        assertEquals(List.of("", "王小虎"), students(vm), "not 李明's family's call");
    }

    @Test
    void theExportHasTheFiltersTheCallsTheirTimesAndPhonesAsText() {
        CallListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        vm.directionProperty().set(new Pick<>(true));
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of("热线记录-2026-11.xlsx"), dialogs.suggested());
        assertMsg(new Msg("export.done", "calls.xlsx"), vm.exporter().statusProperty().get());
        ExportedList list = ExportedList.read(out);
        assertEquals("热线记录", list.name());
        assertEquals("筛选：2026-11 · 来电", list.filters());
        assertNull(list.totals());
        assertEquals(List.of("时间", "类型", "接听/拨打", "学生", "家长", "电话", "时长（分钟）", "结果", "需求", "摘要"),
                list.headers());
        assertEquals(vm.rows().size(), list.rowCount(), "the list's calls");
        assertEquals(2, list.rowCount());
        assertEquals(LocalDateTime.of(2026, 11, 27, 9, 30), date(list.cell(0, "时间"), "yyyy-mm-dd hh:mm"));
        assertEquals("0571 8765 4321", text(list.cell(0, "电话")), "a landline's 0 kept: text");
        assertEquals(zh("callOutcome.NOT_CLIENT"), text(list.cell(0, "结果")));
        assertEquals("来电", text(list.cell(1, "类型")));
        assertEquals("李明", text(list.cell(1, "接听/拨打")));
        assertEquals("张子涵", text(list.cell(1, "学生")));
        assertEquals("王丽", text(list.cell(1, "家长")));
        assertEquals(17, number(list.cell(1, "时长（分钟）")));
        assertEquals("=HYPERLINK(\"http://x\",\"点我\")", quoted(list.cell(1, "摘要")), "text, never run");

        vm.exporter().openFolder();
        assertEquals(List.of(out.getParent()), dialogs.openedFolders());
    }

    @Test
    void everyMonthExportsUnderItsOwnName() {
        CallListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        vm.monthFilter().textProperty().set("");
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of("热线记录-全部月份.xlsx"), dialogs.suggested());
        ExportedList list = ExportedList.read(out);
        assertEquals("筛选：全部月份", list.filters());
        assertEquals(4, list.rowCount());
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        List<Runnable> later = new ArrayList<>();
        CallListViewModel vm = vm(TestOffice.MANAGER, new Background(Runnable::run, Runnable::run, later::add));
        dialogs.saveAs(out);

        vm.export();
        assertTrue(vm.exporter().exportingProperty().get());
        vm.exporter().cancel();
        later.forEach(Runnable::run);

        assertMsg(new Msg("export.cancelled"), vm.exporter().statusProperty().get());
        assertFalse(vm.exporter().exportingProperty().get());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList());
        }
    }
}
