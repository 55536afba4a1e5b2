package com.counseldesk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Fen;
import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.common.db.DbAddress;
import com.counseldesk.consult.FollowUpService;
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
import com.counseldesk.contract.Refund;
import com.counseldesk.contract.Terms;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.Directory;
import com.counseldesk.family.FamilyService;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.SearchQuery;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.family.Subject;
import com.counseldesk.hotline.AppointmentService;
import com.counseldesk.hotline.Booking;
import com.counseldesk.hotline.CallKind;
import com.counseldesk.hotline.CallOutcome;
import com.counseldesk.hotline.CallService;
import com.counseldesk.hotline.CallSheet;
import com.counseldesk.hotline.DutyService;
import com.counseldesk.hotline.NewCall;
import com.counseldesk.hotline.SubjectNote;
import com.counseldesk.office.NewStaff;
import com.counseldesk.office.OfficeService;
import com.counseldesk.office.Role;
import com.counseldesk.office.Staff;
import com.counseldesk.testutil.FailingWrites;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.TestStore;
import com.counseldesk.testutil.V1Office;
import com.counseldesk.testutil.WalkInBuilder;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.VisitStatus;
import com.counseldesk.walkin.WalkInService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-to --db FILE --to SERVER}: an office's file moves to a PostgreSQL server database,
 * every row of every table with its id, or nothing does. The file is an SQLite one and the server
 * the tests' own PostgreSQL, whatever store the other office tests run on: hence SQLite-only (it
 * would run the same twice).
 */
@SqliteOnly
class MigrateCommandTest {
    /** Every table the move copies: the schema's, without Flyway's history and SQLite's own. */
    private static final List<String> TABLES = List.of("appointment", "call", "call_subject", "change_log", "client_tag",
            "contact", "contract", "contract_course", "contract_event", "contract_number_seq", "course", "course_price",
            "duty_day", "duty_seat", "duty_turn", "follow_up", "household", "household_tag", "import_batch", "import_change", "note", "note_amendment",
            "payment", "phone", "search_term", "settings", "staff", "staff_change", "student", "talk_track", "visit",
            "visit_student");
    private static final String ESCAPES = "tab\there\nnew line\r\\N back\\slash 'quote' \"double\" 中文 \\.";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int migrate(String... args) {
        return MigrateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int migrate(Path file, DbAddress.Server server) {
        return migrate("--db", file.toString(), "--to", server.withPassword());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The ids the office's source file was given, for the checks after the move. */
    private record Office(Path file, long zhang, long li, long wang, long voided, long inactivePhone) {
    }

    /**
     * An office with what a move must carry: five staff (刘洋 has left), the office name and language
     * and a setting COPY must escape; 张子涵's household with a brother, mother, father and grandmother,
     * four numbers (one an extension, the grandmother's stopped); a referral chain 张 → 李 → 王; visits,
     * one left, one voided; a contract with its payments and a refund; and the history those changes wrote.
     */
    private Office office() {
        Path file = dir.resolve("office.db");
        TestClock clock = TestClock.morning();
        try (Database db = Database.open(file)) {
            OfficeService office = new OfficeService(db, clock);
            FamilyService families = new FamilyService(db, clock);
            WalkInService walkIns = new WalkInService(db, clock, families, office);
            VisitService visits = new VisitService(db, clock, families, office);
            List<Staff> staff = office.createOffice("测试校区", List.of(new NewStaff("王芳", Role.FRONT_DESK),
                    new NewStaff("赵丽", Role.MANAGER), new NewStaff("李明", Role.COUNSELOR),
                    new NewStaff("张伟", Role.COUNSELOR), new NewStaff("刘洋", Role.COUNSELOR)));
            office.setLanguage("en");
            long desk = id(staff, "王芳");
            long li = id(staff, "李明");
            long zw = id(staff, "张伟");

            Registration zhang = walkIns.register(WalkInBuilder.aWalkIn().student("张子涵").parent("王丽")
                    .phone("138 1234 5678").counselor(li).build(), desk, true);
            long brother = families.addStudent(zhang.householdId(),
                    new StudentDetails("张子轩", Gender.MALE, Grade.P5, "育才小学"), desk).id();
            families.addPhone(zhang.householdId(), new ContactDetails("张强", Relation.FATHER),
                    Phone.parse("139 0000 1111"), desk);
            long mother = families.card(zhang.householdId()).orElseThrow().contacts().stream()
                    .filter(c -> c.name().equals("王丽")).findFirst().orElseThrow().id();
            families.addPhoneTo(mother, Phone.parse("010-6234-5678 转 12"), desk);
            Contact grandmother = families.addPhone(zhang.householdId(), new ContactDetails("奶奶",
                    Relation.GRANDMOTHER), Phone.parse("137 0000 2222"), desk);
            long inactivePhone = grandmother.phones().get(0).id();
            families.removePhone(inactivePhone, desk);
            families.updateStudent(brother, new StudentDetails("张子轩", Gender.MALE, Grade.P6, "育才小学"), desk);
            visits.setStatus(zhang.visitId(), VisitStatus.LEFT);

            clock.advance(Duration.ofHours(1));
            Registration li2 = walkIns.register(WalkInBuilder.aWalkIn().student("李浩然").parent("韩梅")
                    .phone("139 0000 3333").referredBy(zhang.householdId()).counselor(zw).build(), desk, true);
            Registration wang = walkIns.register(WalkInBuilder.aWalkIn().student("王一诺").parent("王建国")
                    .relation(Relation.FATHER).phone("150 1234 5678").referredBy(li2.householdId()).counselor(li)
                    .build(), desk, true);
            Registration mistake = walkIns.register(WalkInBuilder.aWalkIn().phone("138 1234 5678").parent("王丽")
                    .child(brother).student("张子轩").gender(Gender.MALE).grade(Grade.P6).school("育才小学").alsoCame(zhang.studentId()).counselor(li).build(), desk, true);
            visits.voidVisit(mistake.visitId(), "登记错了", desk);

            // The hotline: a day's duty order, and an inbound call from 王一诺's father booking a visit.
            DutyService duty = new DutyService(db, clock, office);
            AppointmentService appointments = new AppointmentService(db, clock, families, office, walkIns);
            CallService calls = new CallService(db, clock, families, office, duty, appointments,
                    new FollowUpService(db, clock, families, office, visits));
            duty.setOrder(id(staff, "赵丽"), List.of(zw, li));
            CallSheet sheet = new CallSheet(Phone.parse("150 1234 5678"), "王一诺", Gender.MALE, Grade.J1, "实验中学",
                    List.of(new SubjectNote(Subject.MATH, "70/120", true)), "贪玩", new ContactDetails("王建国",
                    Relation.FATHER), "海淀区", "数学跟不上", "周六上午来");
            calls.log(li, new NewCall(CallKind.INBOUND, sheet, null, 900, CallOutcome.BOOKED, null,
                    Booking.at(clock.localNow().plusDays(1))), null, true);

            // A contract: the catalogue, the deposit, the balance and part of it refunded, with their history.
            CourseService courses = new CourseService(db, clock, office);
            Course math = courses.add(id(staff, "赵丽"), new CourseDetails("初二数学", CourseKind.COURSE,
                    Set.of(Subject.MATH), 40), Fen.yuan(8000));
            ContractService contracts = new ContractService(db, clock, families, office);
            LocalDate today = clock.localNow().toLocalDate();
            long contract = contracts.sign(li, zhang.householdId(), new NewContract(zhang.studentId(),
                    List.of(math.id()), Set.of(), Terms.of(40, PriceKind.PACKAGE, Fen.yuan(8000), DiscountKind.PERCENT,
                    null, Terms.percent("12.5"), "老带新"), li, "", today, null, "周六上午",
                    new NewPayment(Fen.yuan(1000), PayMethod.WECHAT, "SJ0001", today))).contract().id();
            contracts.pay(desk, contract, new NewPayment(Fen.yuan(6000), PayMethod.CASH, "SJ0002", today));
            contracts.refund(li, contract, new Refund(Fen.of(120_050), PayMethod.TRANSFER, "转学", id(staff, "赵丽"),
                    today));

            db.inTransaction(h -> h.execute("UPDATE staff SET active = 0 WHERE name = '刘洋'"));
            db.inTransaction(h -> h.execute("INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)",
                    "test.escapes", ESCAPES));
            return new Office(file, zhang.householdId(), li2.householdId(), wang.householdId(), mistake.visitId(),
                    inactivePhone);
        }
    }

    /** What the directory finds for a name, a number's middle digits (its trigram index), a surname and initials. */
    private static List<List<Long>> search(Database db, FamilyService families) {
        try (Directory directory = new Directory(db, families)) {
            return List.of("张子轩", "6234", "王", "wl", "").stream()
                    .map(text -> directory.householdIds(SearchQuery.of(text), 10, 0)).toList();
        }
    }

    private static long id(List<Staff> staff, String name) {
        return staff.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void everyRowOfEveryTableArrivesWithItsId() throws SQLException {
        Office office = office();
        Map<String, List<List<String>>> before = rows(office.file());
        DbAddress.Server server = TestStore.emptyDatabase();

        assertEquals(0, migrate(office.file(), server), err());

        Map<String, List<List<String>>> after = rows(server);
        assertEquals(TABLES, List.copyOf(after.keySet()));
        assertEquals(TABLES, List.copyOf(before.keySet()), "the file's tables are the server's");
        for (String table : TABLES) {
            assertEquals(before.get(table), after.get(table), table);
        }
        assertEquals(5, before.get("staff").size());
        assertTrue(before.get("staff").stream().anyMatch(r -> r.contains("刘洋") && r.contains("0")));
        assertTrue(before.get("settings").contains(List.of("test.escapes", ESCAPES)));
        assertTrue(before.get("household").size() == 3 && before.get("student").size() == 4);
        assertEquals(6, before.get("phone").size());
        assertTrue(before.get("change_log").size() >= 3, before.get("change_log").toString());
        assertTrue(before.get("visit").stream().anyMatch(r -> r.contains("VOID") && r.contains("登记错了")));
        assertEquals(1, before.get("call").size());
        assertEquals(1, before.get("appointment").size());
        assertEquals(2, before.get("duty_turn").size(), "李明 took 张伟's turn: passed over, and taken");
        assertEquals(rows(office.file()), before, "the file is left as it was");
    }

    @Test
    void theAppCarriesOnOnTheServerWithNewIds() {
        Office office = office();
        DbAddress.Server server = TestStore.emptyDatabase();
        List<HouseholdCard> cards = new ArrayList<>();
        List<List<Long>> found;
        try (Database file = Database.open(office.file())) {
            FamilyService families = new FamilyService(file, TestClock.morning());
            for (long id : List.of(office.zhang(), office.li(), office.wang())) {
                cards.add(families.card(id).orElseThrow());
            }
            found = search(file, families);
        }

        assertEquals(0, migrate(office.file(), server), err());

        try (Database db = Database.open(server, () -> { })) {
            TestClock clock = TestClock.morning();
            OfficeService officeService = new OfficeService(db, clock);
            FamilyService families = new FamilyService(db, clock);
            WalkInService walkIns = new WalkInService(db, clock, families, officeService);
            for (HouseholdCard card : cards) {
                assertEquals(card, families.card(card.id()).orElseThrow());
            }
            assertEquals(office.li(), families.card(office.wang()).orElseThrow().household().referredBy());
            assertEquals(office.zhang(), families.card(office.li()).orElseThrow().household().referredBy());
            assertEquals(List.of(office.li()), families.referredBy(office.zhang()).stream().map(HouseholdCard::id)
                    .toList());
            assertEquals("测试校区", officeService.officeName());
            assertEquals(4, officeService.activeStaff().size());
            assertEquals(found, search(db, families));
            assertEquals(List.of(office.zhang()), found.get(0), found.toString());
            assertEquals(List.of(office.zhang()), found.get(1));

            long desk = officeService.activeStaff().stream().filter(s -> s.name().equals("王芳")).findFirst()
                    .orElseThrow().id();
            long counselor = officeService.counselors().get(0).id();
            Registration added = walkIns.register(WalkInBuilder.aWalkIn().student("赵思琪").parent("赵敏")
                    .phone("186 0000 4444").counselor(counselor).build(), desk, true);
            // The stopped number is free again: a new household may have it.
            Registration again = walkIns.register(WalkInBuilder.aWalkIn().student("孙悦").parent("孙桂英")
                    .phone("137 0000 2222").counselor(counselor).build(), desk, true);
            Contact mother = families.addPhone(office.zhang(), new ContactDetails("王丽", Relation.MOTHER),
                    Phone.parse("135 0000 5555"), desk);

            long maxBefore = Math.max(office.zhang(), Math.max(office.li(), office.wang()));
            assertEquals(maxBefore + 1, added.householdId());
            assertEquals(maxBefore + 2, again.householdId());
            assertTrue(added.visitId() > office.voided());
            assertTrue(mother.phones().stream().filter(p -> p.phone().equals(Phone.parse("135 0000 5555")))
                    .allMatch(p -> p.id() > office.inactivePhone()), mother.toString());
            assertEquals(List.of(again.householdId()), families.findByPhone(Phone.parse("137 0000 2222"))
                    .map(HouseholdCard::id).stream().toList());
        }
    }

    @Test
    void progressOnStderrAndTheCountsOnStdout() {
        Office office = office();

        assertEquals(0, migrate(office.file(), TestStore.emptyDatabase()), err());

        List<String> lines = out().lines().toList();
        assertEquals(List.of("table", "source", "target"), List.of(lines.get(0).split(" +")));
        assertEquals(TABLES.size() + 2, lines.size(), out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("household +3 +3")), out());
        assertTrue(lines.get(lines.size() - 1).startsWith("total"), out());
        List<String> tableOrder = lines.subList(1, lines.size() - 1).stream().map(l -> l.split(" +")[0]).toList();
        assertTrue(tableOrder.indexOf("staff") < tableOrder.indexOf("household"), tableOrder.toString());
        assertTrue(tableOrder.indexOf("household") < tableOrder.indexOf("student"), tableOrder.toString());
        assertTrue(tableOrder.indexOf("visit") < tableOrder.indexOf("visit_student"), tableOrder.toString());
        assertTrue(err().contains("search_term: "), err());
        assertTrue(err().contains("household: 3 rows copied"), err());
        assertTrue(err().contains("Moved the office to postgresql://postgres@localhost:"), err());
    }

    @Test
    void theServerKeepsTheKeysAndIndexesItsMigrationsMade() throws SQLException {
        Office office = office();
        List<String> fresh;
        try (Database made = Database.open(TestStore.newDatabase(), () -> { })) {
            fresh = made.readPlain(MigrateCommandTest::keysAndIndexes);
        }
        DbAddress.Server server = TestStore.emptyDatabase();

        assertEquals(0, migrate(office.file(), server), err());

        try (Database db = Database.open(server, () -> { })) {
            assertEquals(fresh, db.readPlain(MigrateCommandTest::keysAndIndexes));
        }
        assertTrue(fresh.stream().anyMatch(s -> s.contains("phone_number_trigram")), fresh.toString());
        assertTrue(fresh.stream().anyMatch(s -> s.contains("household_referred_by_fkey")), fresh.toString());
    }

    @Test
    void aServerThatHoldsAnOfficeIsRefusedAndLeftAlone() throws SQLException {
        Office office = office();
        DbAddress.Server server = TestStore.newDatabase();
        try (Database db = Database.open(server, () -> { })) {
            new OfficeService(db, TestClock.morning()).createOffice("服务器校区", List.of(new NewStaff("陈静", Role.COUNSELOR)));
        }
        Map<String, List<List<String>>> before = rows(server);

        assertEquals(1, migrate(office.file(), server));

        assertTrue(err().contains("already holds an office"), err());
        assertTrue(err().contains("Nothing was moved"), err());
        assertEquals(before, rows(server));
        assertEquals("", out());
    }

    @Test
    void theServersOwnSettingsGiveWayToTheFiles() throws SQLException {
        Office office = office();
        DbAddress.Server server = TestStore.newDatabase();
        try (Database db = Database.open(server, () -> { })) {
            new OfficeService(db, TestClock.morning()).setLanguage("zh-CN");
        }

        assertEquals(0, migrate(office.file(), server), err());

        assertEquals(rows(office.file()).get("settings"), rows(server).get("settings"));
        assertTrue(err().contains("setting(s) give way"), err());
    }

    @Test
    void aFailureHalfwayLeavesTheServerAsItWas() throws SQLException {
        Office office = office();
        DbAddress.Server server = TestStore.newDatabase();
        Map<String, List<List<String>>> before = rows(server);
        List<String> keys;
        try (Database db = Database.open(server, () -> { })) {
            FailingWrites.start(db, "INSERT", "visit");
            keys = db.readPlain(MigrateCommandTest::keysAndIndexes);
        }

        assertEquals(1, migrate(office.file(), server));

        assertTrue(err().contains("Nothing was moved"), err());
        assertTrue(err().contains("disk full"), err());
        assertTrue(err().contains("COPY visit"), err());
        assertEquals("", out());
        assertEquals(before, rows(server), "the rows the migrations wrote, no more");
        try (Database db = Database.open(server, () -> { })) {
            assertEquals(keys, db.readPlain(MigrateCommandTest::keysAndIndexes), "keys and indexes are back");
            FailingWrites.stop(db, "INSERT", "visit");
        }

        out.reset();
        err.reset();
        assertEquals(0, migrate(office.file(), server), err());
        assertEquals(rows(office.file()), rows(server));
    }

    @Test
    void rowsThatDoNotArriveRollTheMoveBackNamingTheTable() throws SQLException {
        Office office = office();
        DbAddress.Server server = TestStore.newDatabase();
        Map<String, List<List<String>>> before = rows(server);
        try (Database db = Database.open(server, () -> { })) {
            db.inTransaction(h -> {
                h.execute("CREATE FUNCTION drop_rows() RETURNS trigger AS $$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql");
                return h.execute("CREATE TRIGGER drop_rows BEFORE INSERT ON visit_student FOR EACH ROW"
                        + " EXECUTE FUNCTION drop_rows()");
            });
        }

        assertEquals(1, migrate(office.file(), server));

        assertTrue(err().contains("table visit_student has 5 rows in the file but 0 on the server"), err());
        assertEquals(before, rows(server), "the rows the migrations wrote, no more");
    }

    @Test
    void aFileWhoseTablesDifferFromTheServersIsRefused() throws SQLException {
        Office office = office();
        try (Database db = Database.open(office.file())) {
            db.inTransaction(h -> h.execute("ALTER TABLE household ADD COLUMN notes TEXT"));
        }
        DbAddress.Server server = TestStore.newDatabase();
        Map<String, List<List<String>>> before = rows(server);

        assertEquals(1, migrate(office.file(), server));

        assertTrue(err().contains("table household has columns"), err());
        assertEquals(before, rows(server), "the rows the migrations wrote, no more");
    }

    @Test
    void aVersionOneFileIsUpgradedFirst() throws SQLException {
        Path file = dir.resolve("v1.db");
        V1Office.create(file);
        DbAddress.Server server = TestStore.emptyDatabase();

        assertEquals(0, migrate(file, server), err());

        assertTrue(err().lines().anyMatch(FindCommand.UPGRADING::equals), err());
        Map<String, List<List<String>>> moved = rows(server);
        assertEquals(rows(file), moved);
        assertEquals(V1Office.FAMILIES.size(), moved.get("household").size());
    }

    @Test
    void optionsAreNeededAndCheckedBeforeAnythingIsOpened() {
        Path file = dir.resolve("office.db");
        String server = "postgresql://counsel:secret@db.example:5432/office";

        assertEquals(2, migrate());
        assertTrue(err().contains("migrate-to needs --db FILE"), err());
        assertTrue(err().contains("Usage:"), err());
        assertTrue(err().contains("Usage: counseldesk migrate-to [-hV] [--db=FILE] [--to=SERVER]"), err());
        assertEquals(2, migrate("--db", file.toString()));
        assertTrue(err().contains("migrate-to needs --to postgresql://user[:password]@host[:port]/database"), err());
        assertEquals(2, migrate("--to", server));
        assertEquals(2, migrate("--db", "--to", server));
        assertEquals(2, migrate("--db", file.toString(), "--to", "postgresql://db.example/office"));
        assertTrue(err().contains("--to: the server address has no user"), err());
        assertEquals(2, migrate("--db", file.toString(), "--to", server, "now"));
        assertTrue(err().contains("not 'now'"), err());
        assertEquals(2, migrate("--db", file.toString(), server));
        assertTrue(err().contains("A server address must follow --to"), err());

        assertFalse(err().contains("secret"), "a password is never repeated");
        assertEquals("", out());
        assertFalse(Files.exists(file));
    }

    @Test
    void theFileMustBeAFileAndTheTargetAServer() {
        Path missing = dir.resolve("nowhere.db");

        assertEquals(1, migrate("--db", "postgresql://counsel:secret@db.example/office", "--to",
                "postgresql://counsel:secret@db.example/other"));
        assertTrue(err().contains("--db is a server (postgresql://counsel@db.example:5432/office)"), err());
        assertEquals(1, migrate("--db", missing.toString(), "--to", "postgresq://counsel:secret@db.example/office"));
        assertTrue(err().contains("--to is not a server address"), err());
        assertEquals(1, migrate("--db", missing.toString(), "--to", TestStore.emptyDatabase().withPassword()));
        assertTrue(err().contains("No database at " + missing), err());

        assertFalse(err().contains("secret"), "a password is never repeated");
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileThatIsNoDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] text = "客户名单\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);

        assertEquals(1, migrate(file, TestStore.emptyDatabase()));

        assertTrue(err().contains("is not a CounselDesk database"), err());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSo() {
        Office office = office();

        assertEquals(1, migrate("--db", office.file().toString(), "--to", "postgresql://counsel@127.0.0.1:1/office"));

        assertTrue(err().contains("Cannot reach the database server postgresql://counsel@127.0.0.1:1/office"), err());
    }

    /** Every copied table's rows, each as its column values in text, sorted; tables by name. */
    private static Map<String, List<List<String>>> rows(Path file) {
        try (Database db = Database.open(file)) {
            return db.readPlain(MigrateCommandTest::rows);
        }
    }

    private static Map<String, List<List<String>>> rows(DbAddress.Server server) {
        try (Database db = Database.open(server, () -> { })) {
            return db.readPlain(MigrateCommandTest::rows);
        }
    }

    private static Map<String, List<List<String>>> rows(Connection c) throws SQLException {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<List<String>> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                }
                List<Integer> byName = new ArrayList<>();
                names.stream().sorted().forEach(n -> byName.add(names.indexOf(n) + 1));
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i : byName) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            rows.sort(ROWS);
            tables.put(table, rows);
        }
        return tables;
    }

    private static final Comparator<List<String>> ROWS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Objects.compare(a.get(i), b.get(i), Comparator.nullsFirst(Comparator.<String>naturalOrder()));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** The server's keys, foreign keys, checks and indexes, as its catalog spells them. */
    private static List<String> keysAndIndexes(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text || ' '"
                + " || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated::text FROM pg_constraint"
                + " WHERE connamespace = current_schema()::regnamespace UNION ALL SELECT indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema() ORDER BY 1")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }
}
