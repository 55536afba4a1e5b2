package com.counseldesk.report.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.common.i18n.I18n;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.SchoolYear;
import com.counseldesk.family.Student;
import com.counseldesk.office.StaffService;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.WalkInBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;

    private TestOffice office;
    private ImportService imports;

    @BeforeEach
    void setUp() {
        office = TestOffice.typical(dir);
        imports = new ImportService(office.db, office.clock, office.families, new StaffService(office.db, office.clock));
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    /** The 热线登记表 of an office: two title rows over merged cells, every kind of mess, a 合计 line. */
    static MessySheets hotlineRegister() {
        return MessySheets.register()
                .title("2025年春季热线登记表")
                .title("制表：前台")
                .header("序号", "来电时间", "孩子姓名", "年级", "家长电话", "负责人", "来源", "备注")
                .row(1L, "2025/3/5", "张小明", "初二", "13812345678", "李明", "转介绍", "想补数学")
                .row(2L, "2025-03-06", "王小红", "三年级", "13900001111、010-62345678", "张伟", null, "")
                .row(3L, "2025年3月7日", "张小亮", "高一", 13812345678L, "李明", "", "弟弟")
                .row(4L, LocalDate.of(2025, 3, 8), "陈二", "", "137 0000 2222", "老王", "", "")
                .row(5L, "3.9", "刘三", "", "13700003333", "", "", "")
                .row(6L, "45730", "孙四", "", "13600004444 13600004445", "李明", "", "")
                .row(7L, "明天", "钱五", "", "13500005555", "李明", "", "")
                .row(8L, "2025/3/10", "周六", "", "12345", "李明", "", "=HYPERLINK(\"http://x\")")
                .row(9L, "2025/3/11", "", "", "13300006666", "李明", "", "")
                .row(10L, "2025/3/12", "吴七", "", "", "李明", "", "")
                .row("合计", "", "", "", "10人");
    }

    private ImportRequest request(Path file, Map<String, Long> people, Long fallback, boolean dryRun) {
        Sheet sheet = SheetFiles.read(file, 1);
        return new ImportRequest(file.getFileName().toString(), sheet, Mapping.guess(sheet), RegisterKind.CALLS,
                people, fallback, office.staffId(TestOffice.MANAGER), dryRun);
    }

    private long count(String sql) {
        return office.db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private long storedHousehold() {
        // 陈二's number is a household the office has already.
        return office.register(WalkInBuilder.aWalkIn().student("陈二").phone("13700002222")
                .counselor(office.staffId(TestOffice.OTHER_COUNSELOR))).householdId();
    }

    @Test
    void theHeaderIsFoundBelowTheTitleRowsAndTheColumnsAreProposed() throws Exception {
        Sheet sheet = SheetFiles.read(hotlineRegister().writeXlsx(dir.resolve("热线.xlsx")), 1);

        Mapping m = Mapping.guess(sheet);

        assertEquals(3, m.headerRow());
        assertEquals(List.of(Field.IGNORED, Field.DATE, Field.STUDENT, Field.GRADE, Field.PHONE, Field.OWNER,
                Field.CHANNEL, Field.SUMMARY), m.columns());
        assertEquals(RegisterKind.CALLS, RegisterKind.guess(List.of(sheet.rows().get(0).cell(0))));
    }

    @Test
    void messyRowsAreStoredMergedOrRejectedWithTheirReasons() throws Exception {
        long stored = storedHousehold();
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));

        ImportResult r = imports.run(request(file, Map.of(), office.staffId(TestOffice.MANAGER), false),
                ImportService.Progress.NONE);

        assertEquals(10, r.read(), "the 合计 line is no family");
        assertEquals(4, r.stored(), "张小明 (with 张小亮), 王小红, 刘三, 孙四");
        assertEquals(2, r.merged(), "张小亮 by the number of an earlier row, 陈二 by a stored one");
        I18n zh = new I18n(I18n.CHINESE);
        assertEquals(List.of("日期看不懂：明天", "电话号码不对：12345", "没有学生姓名", "没有电话"),
                r.rejected().stream().map(x -> zh.t(x.reason())).toList());
        assertEquals(List.of(10, 11, 12, 13), r.rejected().stream().map(x -> x.source().number()).toList());
        assertEquals(List.of("老王"), r.formerStaff());

        HouseholdCard zhang = office.household("13812345678");
        assertEquals(List.of("张小明", "张小亮"), zhang.students().stream().map(Student::name).toList());
        assertEquals(LocalDateTime.of(2025, 3, 5, 0, 0), zhang.household().firstContactAt(),
                "the row's date is the first contact");
        assertEquals(office.staffId(TestOffice.COUNSELOR), zhang.household().ownerId());
        assertEquals(Channel.REFERRAL, zhang.household().channel());
        Student xiaoming = office.student(zhang, "张小明");
        assertEquals(Grade.J2, SchoolYear.current(Grade.J2, 2024, LocalDate.of(2025, 3, 5)));
        assertEquals(Grade.S1, xiaoming.gradeOn(LocalDate.of(2026, 11, 27)), "初二 in the school year 2024");

        HouseholdCard wang = office.household("13900001111");
        assertEquals(wang.id(), office.household("01062345678").id(), "two numbers of one household");
        assertEquals(2, wang.contacts().size());
        assertEquals(Channel.INBOUND_CALL, wang.household().channel(), "a hotline register's default");

        assertEquals(stored, office.household("13700002222").id(), "merged, never duplicated");
        assertEquals(1, count("SELECT COUNT(*) FROM household WHERE id = " + stored));
        HouseholdCard chen = office.household(stored);
        assertEquals(office.staffId(TestOffice.OTHER_COUNSELOR), chen.household().ownerId(),
                "a stored household keeps its owner");

        assertEquals(LocalDateTime.of(2025, 3, 9, 0, 0), office.household("13700003333").household().firstContactAt(),
                "3.9 takes the year of the rows above");
        assertEquals(office.staffId(TestOffice.MANAGER), office.household("13700003333").household().ownerId(),
                "nobody named: the default person");
        assertEquals(LocalDateTime.of(2025, 3, 14, 0, 0), office.household("13600004445").household().firstContactAt(),
                "an Excel date number");

        assertEquals(6, count("SELECT COUNT(*) FROM call WHERE import_batch_id = " + r.batchId()));
        assertEquals(1, count("SELECT COUNT(*) FROM call WHERE summary = '想补数学' AND started_at = '2025-03-05T00:00:00'"
                + " AND kind = 'INBOUND'"));
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE name = '老王' AND active = 0"), "former staff");
        assertEquals(1, count("SELECT COUNT(*) FROM call WHERE household_id = " + stored + " AND taken_by = "
                + office.staffId("老王")), "the call 老王 took, on the stored household");
    }

    @Test
    void anOldXlsReadsTheSame() throws Exception {
        Path file = hotlineRegister().writeXls(dir.resolve("热线.xls"));

        ImportResult r = imports.run(request(file, Map.of(), office.staffId(TestOffice.MANAGER), false),
                ImportService.Progress.NONE);

        assertEquals(5, r.stored());
        assertEquals(1, r.merged());
        assertEquals(4, r.rejected().size());
        assertEquals(LocalDateTime.of(2025, 3, 8, 0, 0), office.household("13700002222").household().firstContactAt(),
                "a date cell of an .xls");
    }

    @Test
    void namesAreMappedToStaffByThePerson() throws Exception {
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));
        long zhang = office.staffId(TestOffice.OTHER_COUNSELOR);

        ImportResult r = imports.run(request(file, Map.of("老王", zhang), zhang, false), ImportService.Progress.NONE);

        assertEquals(List.of(), r.formerStaff());
        assertEquals(zhang, office.household("13700002222").household().ownerId());
        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE name = '老王'"));
    }

    @Test
    void theUnknownPeopleAreListedForThePerson() throws Exception {
        Sheet sheet = SheetFiles.read(hotlineRegister().writeXlsx(dir.resolve("热线.xlsx")), 1);

        assertEquals(List.of("老王"), imports.unknownPeople(imports.rows(sheet, Mapping.guess(sheet),
                RegisterKind.CALLS)));
    }

    @Test
    void aDryRunStoresNothing() throws Exception {
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));

        ImportResult r = imports.run(request(file, Map.of(), office.staffId(TestOffice.MANAGER), true),
                ImportService.Progress.NONE);

        assertNull(r.batchId());
        assertEquals(5, r.stored());
        assertEquals(1, r.merged());
        assertEquals(0, count("SELECT COUNT(*) FROM household"));
        assertEquals(0, count("SELECT COUNT(*) FROM import_batch"));
        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE name = '老王'"));
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));

        assertThrows(ImportService.Cancelled.class, () -> imports.run(request(file, Map.of(),
                office.staffId(TestOffice.MANAGER), false), (done, total) -> true));

        assertEquals(0, count("SELECT COUNT(*) FROM household"));
    }

    @Test
    void aVisitorRegisterAddsVisits() throws Exception {
        long stored = storedHousehold();
        Path file = MessySheets.register().title("来访登记表")
                .header("日期", "学生姓名", "手机", "接待人", "来源渠道")
                .row("2025.4.1", "林一", "13811112222", "李明", "地推")
                .row("2025.4.2", "陈二", "13700002222", "张伟", "")
                .writeXlsx(dir.resolve("来访.xlsx"));
        Sheet sheet = SheetFiles.read(file, 1);
        Mapping mapping = Mapping.guess(sheet);
        assertEquals(RegisterKind.VISITS, RegisterKind.guess(List.of(sheet.rows().get(0).cell(0))));

        ImportResult r = imports.run(new ImportRequest("来访.xlsx", sheet, mapping, RegisterKind.VISITS, Map.of(), null,
                null, false), ImportService.Progress.NONE);

        assertEquals(1, r.stored());
        assertEquals(1, r.merged());
        HouseholdCard lin = office.household("13811112222");
        assertEquals(Channel.MARKETING, lin.household().channel());
        assertEquals(2, count("SELECT COUNT(*) FROM visit WHERE status = 'LEFT' AND import_batch_id = " + r.batchId()));
        assertEquals(1, count("SELECT COUNT(*) FROM visit_student vs JOIN visit v ON v.id = vs.visit_id"
                + " WHERE v.household_id = " + stored + " AND v.import_batch_id = " + r.batchId()),
                "the stored household's student of that name came");
    }

    @Test
    void undoRemovesTheWholeBatchAndLeavesTheStoredHouseholds() throws Exception {
        long stored = storedHousehold();
        long households = count("SELECT COUNT(*) FROM household");
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));
        ImportResult r = imports.run(request(file, Map.of(), office.staffId(TestOffice.MANAGER), false),
                ImportService.Progress.NONE);

        ImportBatch undone = imports.undo(r.batchId(), office.staffId(TestOffice.MANAGER));

        assertTrue(undone.undone());
        assertEquals(households, count("SELECT COUNT(*) FROM household"));
        assertEquals(0, count("SELECT COUNT(*) FROM call"), "also the call merged into the stored household");
        assertEquals(0, count("SELECT COUNT(*) FROM search_term WHERE household_id <> " + stored));
        assertTrue(office.families.findByPhone(Phone.parse("13812345678")).isEmpty());
        assertEquals(stored, office.household("13700002222").id());
        assertEquals(1, imports.batches().size());
        assertEquals(10, imports.batches().get(0).read());

        ValidationException again = assertThrows(ValidationException.class,
                () -> imports.undo(r.batchId(), office.staffId(TestOffice.MANAGER)));
        assertEquals("import.undo.already", again.messageKey());

        ImportResult reimported = imports.run(request(file, Map.of(), office.staffId(TestOffice.MANAGER), false),
                ImportService.Progress.NONE);
        assertEquals(4, reimported.stored(), "after an undo the same sheet imports again");
    }

    @Test
    void undoIsRefusedWhenAnImportedFamilyWasSeenSince() throws Exception {
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));
        ImportResult r = imports.run(request(file, Map.of(), office.staffId(TestOffice.MANAGER), false),
                ImportService.Progress.NONE);
        long households = count("SELECT COUNT(*) FROM household");
        HouseholdCard zhang = office.household("13812345678");
        office.register(WalkInBuilder.aWalkIn().child(zhang.students().get(0).id()).attachTo(zhang.id())
                .phone("13812345678").counselor(office.staffId(TestOffice.COUNSELOR)));

        ValidationException e = assertThrows(ValidationException.class,
                () -> imports.undo(r.batchId(), office.staffId(TestOffice.MANAGER)));

        assertEquals("import.undo.touched", e.messageKey());
        assertEquals(1, e.args()[0]);
        assertTrue(String.valueOf(e.args()[1]).startsWith("张"), "a student of the family: " + e.args()[1]);
        assertEquals(households, count("SELECT COUNT(*) FROM household"), "nothing was changed");
        assertFalse(imports.batches().get(0).undone());
    }

    /** A register of rows calling back on 陈二's stored number 13700002222 (see {@link #storedHousehold}). */
    private ImportResult importCallsBack(String file, String... rows) throws Exception {
        MessySheets sheet = MessySheets.register().title("热线登记表")
                .header("来电时间", "孩子姓名", "家长姓名", "家长电话", "负责人");
        for (int i = 0; i < rows.length; i += 4) {
            sheet.row(rows[i], rows[i + 1], rows[i + 2], rows[i + 3], "李明");
        }
        Path path = sheet.writeXlsx(dir.resolve(file));
        return imports.run(request(path, Map.of(), office.staffId(TestOffice.MANAGER), false),
                ImportService.Progress.NONE);
    }

    private List<String> numbers(HouseholdCard card) {
        return card.contacts().stream().flatMap(c -> c.phones().stream()).map(p -> p.phone().value()).sorted()
                .toList();
    }

    @Test
    void aRowMergedIntoAStoredHouseholdAddsItsOtherNumberItsStudentAndAnEarlierFirstContact() throws Exception {
        long stored = storedHousehold();
        LocalDateTime registered = office.household(stored).household().firstContactAt();

        ImportResult r = importCallsBack("回访.xlsx",
                "2025/3/5", "陈三", "陈爸爸", "13700002222、13700009999",
                "2025/3/8", "陈二", "", "13700009999",
                "2025/3/2", "陈三", "", "13700002222");

        assertEquals(0, r.stored());
        assertEquals(3, r.merged(), "every row into the stored household, the father's number too");
        HouseholdCard chen = office.household(stored);
        assertEquals(List.of("陈二", "陈三"), chen.students().stream().map(Student::name).toList());
        assertEquals(List.of("13700002222", "13700009999"), numbers(chen));
        assertEquals(stored, office.household("13700009999").id());
        assertEquals("陈爸爸", chen.contactWith(Phone.parse("13700009999")).name());
        assertEquals(LocalDateTime.of(2025, 3, 2, 0, 0), chen.household().firstContactAt(),
                "the earliest row's date is the first contact");
        assertEquals(office.staffId(TestOffice.OTHER_COUNSELOR), chen.household().ownerId());
        assertEquals(2, count("SELECT COUNT(*) FROM call WHERE student_id = " + office.student(chen, "陈三").id()));
        assertEquals(1, count("SELECT COUNT(*) FROM search_term WHERE term = '陈三' AND household_id = " + stored),
                "found by the added student's name");
        assertEquals(1, count("SELECT COUNT(*) FROM search_term WHERE term = '陈爸爸' AND household_id = " + stored));

        imports.undo(r.batchId(), office.staffId(TestOffice.MANAGER));

        chen = office.household(stored);
        assertEquals(List.of("陈二"), chen.students().stream().map(Student::name).toList());
        assertEquals(List.of("13700002222"), numbers(chen));
        assertEquals(1, chen.contacts().size());
        assertEquals(registered, chen.household().firstContactAt(), "the first contact is back");
        assertTrue(office.families.findByPhone(Phone.parse("13700009999")).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM search_term WHERE term IN ('陈三', '陈爸爸')"));
        assertEquals(1, count("SELECT COUNT(*) FROM search_term WHERE term = '陈二' AND household_id = " + stored));
        assertEquals(0, count("SELECT COUNT(*) FROM import_change"));
        assertEquals(0, count("SELECT COUNT(*) FROM call"));
    }

    @Test
    void aStoredHouseholdKeepsAnEarlierFirstContactAndTheNumbersOfOtherHouseholds() throws Exception {
        office.clock.set(LocalDateTime.of(2025, 1, 10, 9, 30));
        long stored = storedHousehold();
        long other = office.register(WalkInBuilder.aWalkIn().student("周五").phone("13500005555")
                .counselor(office.staffId(TestOffice.COUNSELOR))).householdId();
        office.clock.set(LocalDateTime.of(2026, 11, 27, 10, 0));

        ImportResult r = importCallsBack("回访.xlsx", "2025/3/5", "陈二", "", "13700002222、13500005555");

        assertEquals(1, r.merged());
        HouseholdCard chen = office.household(stored);
        assertEquals(LocalDateTime.of(2025, 1, 10, 9, 30), chen.household().firstContactAt());
        assertEquals(List.of("13700002222"), numbers(chen), "周五's number stays 周五's");
        assertEquals(other, office.household("13500005555").id());
        assertEquals(List.of("陈二"), chen.students().stream().map(Student::name).toList());
        assertEquals(0, count("SELECT COUNT(*) FROM import_change"), "nothing to put back");
    }

    @Test
    void laterRowsBringTheirNumbersAndStudentsToAHouseholdAnEarlierRowMade() throws Exception {
        ImportResult r = importCallsBack("热线.xlsx",
                "2025/3/5", "张一", "", "13811110000",
                "2025/3/6", "张二", "", "13811110000/13922220000",
                "2025/3/7", "张一", "", "13922220000",
                "2025/3/8", "李四", "", "13633330000",
                "2025/3/9", "李四", "", "13633330000、13811110000");

        assertEquals(2, r.stored());
        assertEquals(3, r.merged());
        HouseholdCard zhang = office.household("13811110000");
        assertEquals(List.of("张一", "张二"), zhang.students().stream().map(Student::name).toList());
        assertEquals(List.of("13811110000", "13922220000"), numbers(zhang));
        HouseholdCard li = office.household("13633330000");
        assertEquals(List.of("13633330000"), numbers(li), "a number of another household is not moved");
        assertEquals(2, count("SELECT COUNT(*) FROM call WHERE household_id = " + li.id()));
        assertEquals(3, count("SELECT COUNT(*) FROM call WHERE household_id = " + zhang.id()));
    }

    @Test
    void undoIsRefusedWhenAStudentItAddedToAStoredHouseholdWasSeenSince() throws Exception {
        long stored = storedHousehold();
        ImportResult r = importCallsBack("回访.xlsx", "2025/3/5", "陈三", "", "13700002222、13700009999");
        HouseholdCard chen = office.household(stored);
        office.register(WalkInBuilder.aWalkIn().student("陈三").child(office.student(chen, "陈三").id()).attachTo(stored)
                .phone("13700002222").counselor(office.staffId(TestOffice.COUNSELOR)));

        ValidationException e = assertThrows(ValidationException.class,
                () -> imports.undo(r.batchId(), office.staffId(TestOffice.MANAGER)));

        assertEquals("import.undo.touched", e.messageKey());
        assertEquals(1, e.args()[0]);
        assertEquals(List.of("陈二", "陈三"), office.household(stored).students().stream().map(Student::name).toList(),
                "nothing was changed");
        assertEquals(List.of("13700002222", "13700009999"), numbers(office.household(stored)));
        assertFalse(imports.batches().get(0).undone());
    }

    @Test
    void aFirstContactMovedAgainByALaterImportIsPutBackByUndoingThatOneFirst() throws Exception {
        long stored = storedHousehold();
        LocalDateTime registered = office.household(stored).household().firstContactAt();
        ImportResult march = importCallsBack("三月.xlsx", "2025/3/5", "陈二", "", "13700002222");
        ImportResult february = importCallsBack("二月.xlsx", "2025/2/5", "陈二", "", "13700002222");
        assertEquals(LocalDateTime.of(2025, 2, 5, 0, 0), office.household(stored).household().firstContactAt());

        ValidationException e = assertThrows(ValidationException.class,
                () -> imports.undo(march.batchId(), office.staffId(TestOffice.MANAGER)));
        assertEquals("import.undo.touched", e.messageKey());

        imports.undo(february.batchId(), office.staffId(TestOffice.MANAGER));
        assertEquals(LocalDateTime.of(2025, 3, 5, 0, 0), office.household(stored).household().firstContactAt());
        imports.undo(march.batchId(), office.staffId(TestOffice.MANAGER));
        assertEquals(registered, office.household(stored).household().firstContactAt());
    }

    @Test
    void aRegisterOfThousandsIsWrittenInSeveralStatementsAndUndoneWhole() throws Exception {
        MessySheets sheet = MessySheets.register().header("日期", "学生姓名", "电话", "家长姓名", "负责人");
        int rows = 4_000;
        for (int i = 0; i < rows; i++) {
            int family = i % 10 == 9 ? i - 9 : i;
            sheet.row("2025/3/" + (1 + i % 28), "学生" + family, String.valueOf(13_000_000_000L + family * 7L),
                    i % 2 == 0 ? "家长" + family : "", "李明");
        }
        Path file = sheet.writeLargeXlsx(dir.resolve("大表.xlsx"));

        assertThrows(ImportService.Cancelled.class, () -> imports.run(request(file, Map.of(), null, false),
                (done, total) -> done == total));
        assertEquals(0, count("SELECT COUNT(*) FROM household"), "cancelled at the very end: nothing stored");

        ImportResult r = imports.run(request(file, Map.of(), null, false), ImportService.Progress.NONE);

        assertEquals(3_600, r.stored());
        assertEquals(400, r.merged());
        assertEquals(3_600, count("SELECT COUNT(*) FROM household WHERE import_batch_id = " + r.batchId()));
        assertEquals(3_600, count("SELECT COUNT(*) FROM phone"));
        assertEquals(4_000, count("SELECT COUNT(*) FROM call WHERE import_batch_id = " + r.batchId()));
        assertEquals(1, count("SELECT COUNT(*) FROM search_term WHERE term = '学生3998'"));
        HouseholdCard last = office.household(String.valueOf(13_000_000_000L + 3_990 * 7L));
        assertEquals(List.of("学生3990"), last.students().stream().map(Student::name).toList());
        assertEquals("家长3990", last.contacts().get(0).name());
        assertEquals(2, count("SELECT COUNT(*) FROM call WHERE household_id = " + last.id()));

        imports.undo(r.batchId(), office.staffId(TestOffice.MANAGER));

        for (String table : List.of("household", "student", "contact", "phone", "search_term", "call")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void onlyAManagerImports() throws Exception {
        Path file = hotlineRegister().writeXlsx(dir.resolve("热线.xlsx"));
        Sheet sheet = SheetFiles.read(file, 1);

        ValidationException e = assertThrows(ValidationException.class, () -> imports.run(new ImportRequest("x.xlsx",
                sheet, Mapping.guess(sheet), RegisterKind.CALLS, Map.of(), null, office.staffId(TestOffice.COUNSELOR),
                false), ImportService.Progress.NONE));

        assertEquals("import.error.notManager", e.messageKey());
    }
}
