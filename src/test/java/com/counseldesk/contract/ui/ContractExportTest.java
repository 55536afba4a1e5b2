package com.counseldesk.contract.ui;

import static com.counseldesk.testutil.ExportedList.date;
import static com.counseldesk.testutil.ExportedList.money;
import static com.counseldesk.testutil.ExportedList.number;
import static com.counseldesk.testutil.ExportedList.quoted;
import static com.counseldesk.testutil.ExportedList.text;
import static com.counseldesk.testutil.Messages.assertMsg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.fx.Background;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.common.i18n.Msg;
import com.counseldesk.contract.ContractList;
import com.counseldesk.contract.ContractService;
import com.counseldesk.contract.Course;
import com.counseldesk.contract.CourseDetails;
import com.counseldesk.contract.CourseKind;
import com.counseldesk.contract.CourseService;
import com.counseldesk.contract.DiscountKind;
import com.counseldesk.contract.NewContract;
import com.counseldesk.contract.NewPayment;
import com.counseldesk.contract.PayMethod;
import com.counseldesk.contract.PriceKind;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.Subject;
import com.counseldesk.report.ListWorkbook;
import com.counseldesk.testutil.ExportedList;
import com.counseldesk.testutil.RecordingDialogs;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 导出 Excel on the contract list: the contracts the filters find in a workbook read back as a spreadsheet
 * program reads it, money in yuan under the ¥ format, the totals above the header. 张子涵 (李明's family)
 * has three contracts of November (one void) and one of October; 王小虎 (张伟's) one of November.
 */
class ContractExportTest {
    private static final String MATH = "初二数学";
    @TempDir
    Path dir;
    private TestOffice t;
    private ContractService contracts;
    private CourseService courses;
    private Course math;
    private long liMing;
    private long household;
    private long student;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path out;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir.resolve("db"));
        contracts = new ContractService(t.db, t.clock, t.families, t.office);
        courses = new CourseService(t.db, t.clock, t.office);
        long manager = t.staffId(TestOffice.MANAGER);
        liMing = t.staffId(TestOffice.COUNSELOR);
        math = courses.add(manager, new CourseDetails(MATH, CourseKind.COURSE, Set.of(Subject.MATH), 40),
                Fen.yuan(8000));
        Registration r = t.register(t.walkIn(TestOffice.COUNSELOR));
        household = r.householdId();
        student = r.studentId();
        LocalDate today = t.clock.localNow().toLocalDate();
        // October: ¥8,000 due, ¥1,000 paid.
        sign(contract(Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.NONE, null, null, ""),
                today.minusMonths(1), "", pay(100_000, "A1")));
        // November: ¥8,000 less 10% = ¥7,200 due, ¥2,000 paid; remarks that look like a formula.
        sign(contract(Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.PERCENT, null,
                Terms.percent("10"), "老带新"), today, "=cmd|' /C calc'!A0", pay(200_000, "B1")));
        // November: voided before any money was taken.
        long voided = sign(contract(Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.NONE, null, null,
                ""), today, "", null));
        contracts.voidContract(manager, voided, "录重了");
        // 张伟's family, November: ¥8,000 due, nothing paid.
        Registration other = t.register(t.walkIn(TestOffice.OTHER_COUNSELOR).phone("13900002222").student("王小虎"));
        long zhangWei = t.staffId(TestOffice.OTHER_COUNSELOR);
        contracts.sign(zhangWei, other.householdId(), new NewContract(t.household(other.householdId()).students()
                .get(0).id(), List.of(math.id()), Set.of(), Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000),
                        DiscountKind.NONE, null, null, ""), zhangWei, "", today, null, "", null));
        out = dir.resolve("exports").resolve("contracts.xlsx");
    }

    @AfterEach
    void close() {
        t.close();
    }

    private NewContract contract(Terms terms, LocalDate signedOn, String remarks, NewPayment first) {
        return new NewContract(student, List.of(math.id()), Set.of(Subject.MATH), terms, liMing, "", signedOn,
                signedOn.plusDays(3), remarks, first);
    }

    private NewPayment pay(long fen, String receipt) {
        return new NewPayment(Fen.of(fen), PayMethod.CASH, receipt, t.clock.localNow().toLocalDate());
    }

    private long sign(NewContract c) {
        return contracts.sign(liMing, household, c).contract().id();
    }

    private ContractListViewModel vm(String who, Background background) {
        ContractListViewModel vm = new ContractListViewModel(contracts, courses, t.office, background, dialogs,
                t.staff(who), t.clock, ListWorkbook::write, () -> new I18n(I18n.CHINESE));
        vm.start();
        return vm;
    }

    @Test
    void theMonthsContractsGoOutWithTheirTotalsInYuan() {
        ContractListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        assertEquals("2026-11", vm.monthFilter().textProperty().get());
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of("合同列表-2026-11.xlsx"), dialogs.suggested());
        assertMsg(new Msg("export.done", "contracts.xlsx"), vm.exporter().statusProperty().get());
        ExportedList list = ExportedList.read(out);
        assertEquals("合同列表", list.name());
        assertEquals("筛选：2026-11", list.filters());
        assertEquals(List.of("合同编号", "签约日期", "开课日期", "学生", "课程", "科目", "课时", "咨询师", "价格", "优惠", "应收",
                "已收", "已退", "未收", "状态", "备注"), list.headers());
        assertEquals(vm.rows().size(), list.rowCount(), "the list's rows, the void one too");
        assertEquals(3, list.rowCount());
        assertEquals("合计 2 份（作废的不计）", text(list.total("合同编号")));
        assertEquals(15_200.0, money(list.total("应收")));
        assertEquals(2_000.0, money(list.total("已收")));
        assertEquals(0.0, money(list.total("已退")));
        assertEquals(13_200.0, money(list.total("未收")));

        int discounted = list.texts("备注").indexOf("=cmd|' /C calc'!A0");
        assertTrue(discounted >= 0, "the contract with its remarks");
        assertEquals("=cmd|' /C calc'!A0", quoted(list.cell(discounted, "备注")), "text, never run");
        assertEquals("HT202611-001", text(list.cell(discounted, "合同编号")));
        assertEquals(LocalDate.of(2026, 11, 27).atStartOfDay(), date(list.cell(discounted, "签约日期"), "yyyy-mm-dd"));
        assertEquals(LocalDate.of(2026, 11, 30).atStartOfDay(), date(list.cell(discounted, "开课日期"), "yyyy-mm-dd"));
        assertEquals(8_000.0, money(list.cell(discounted, "价格")));
        assertEquals(800.0, money(list.cell(discounted, "优惠")));
        assertEquals(7_200.0, money(list.cell(discounted, "应收")));
        assertEquals(2_000.0, money(list.cell(discounted, "已收")));
        assertEquals(5_200.0, money(list.cell(discounted, "未收")));
        assertEquals(40, number(list.cell(discounted, "课时")));
        assertEquals("数学", text(list.cell(discounted, "科目")));
        assertEquals(MATH, text(list.cell(discounted, "课程")));
        assertTrue(list.texts("状态").contains("已作废"), list.texts("状态").toString());
    }

    @Test
    void theFiltersAreOnTheLineAboveAndTheRowsAreTheFilters() {
        ContractListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        vm.counselorProperty().set(vm.counselors().stream().filter(p -> p.value() != null
                && p.value().name().equals(TestOffice.COUNSELOR)).findFirst().orElseThrow());
        vm.unpaidOnlyProperty().set(true);
        vm.monthFilter().textProperty().set("");
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of("合同列表-全部月份.xlsx"), dialogs.suggested());
        ExportedList list = ExportedList.read(out);
        assertEquals("筛选：全部月份 · 李明 · 只看欠费", list.filters());
        assertEquals(vm.rows().size(), list.rowCount());
        assertEquals(2, list.rowCount(), "李明's two owing, October's too");
        assertEquals(12_200.0, money(list.total("未收")));
    }

    @Test
    void aCounselorExportsOnlyWhatTheyMaySee() {
        ContractListViewModel vm = vm(TestOffice.OTHER_COUNSELOR, Background.direct());
        dialogs.saveAs(out);

        vm.export();

        ExportedList list = ExportedList.read(out);
        assertEquals(List.of("王小虎"), list.texts("学生"));
        assertEquals(8_000.0, money(list.total("未收")));
    }

    @Test
    void everyContractGoesOutNotOnlyTheFirstTheListShows() {
        LocalDate today = t.clock.localNow().toLocalDate();
        int more = ContractList.LIMIT;
        // Older contracts of the month, written straight into the store: signing 500 would only be slower.
        t.db.inTransaction(h -> {
            for (int i = 0; i < more; i++) {
                h.createUpdate("INSERT INTO contract (number, household_id, student_id, counselor_id, subjects,"
                        + " class_hours, price_kind, price_fen, discount_kind, discount_fen, discount_reason, due_fen,"
                        + " paid_fen, refunded_fen, signed_on, status, remarks, created_by, created_at) VALUES (:n, :h,"
                        + " :s, :c, 'MATH', 40, 'PACKAGE', 100, 'NONE', 0, '', 100, 0, 0, :on, 'ACTIVE', '', :c, :at)")
                        .bind("n", "OLD-" + i).bind("h", household).bind("s", student).bind("c", liMing)
                        .bind("on", today.minusDays(1)).bind("at", t.clock.localNow()).execute();
            }
            return null;
        });
        ContractListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        assertTrue(vm.moreProperty().get(), "the list shows the first " + ContractList.LIMIT);
        dialogs.saveAs(out);

        vm.export();

        ExportedList list = ExportedList.read(out);
        assertEquals(more + 3, list.rowCount());
        assertEquals("合计 " + (more + 2) + " 份（作废的不计）", text(list.total("合同编号")));
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        List<Runnable> later = new ArrayList<>();
        ContractListViewModel vm = vm(TestOffice.MANAGER, new Background(Runnable::run, Runnable::run, later::add));
        dialogs.saveAs(out);

        vm.export();
        vm.exporter().cancel();
        later.forEach(Runnable::run);

        assertMsg(new Msg("export.cancelled"), vm.exporter().statusProperty().get());
        assertNull(vm.exporter().exportedProperty().get());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aMonthThatCannotBeReadExportsNothing() {
        ContractListViewModel vm = vm(TestOffice.MANAGER, Background.direct());
        vm.monthFilter().textProperty().set("十一月");
        dialogs.saveAs(out);

        vm.export();

        assertEquals(List.of(), dialogs.suggested());
        assertFalse(Files.exists(out));
        assertEquals("error.contract.month", vm.monthFilter().errorProperty().get().key());
    }
}
