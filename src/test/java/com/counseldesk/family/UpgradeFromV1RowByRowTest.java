package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.office.OfficeService;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestClock;
import com.counseldesk.testutil.V1Office.Family;
import com.counseldesk.testutil.V1Office.Visit;
import com.counseldesk.testutil.V1Office;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import com.counseldesk.walkin.VisitService;
import com.counseldesk.walkin.WalkIn;
import com.counseldesk.walkin.WalkInService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written by version 1 (one {@code family} row per family) opened by this version, checked
 * row for row against {@link V1Office}'s edge cases: every family must come through as a household
 * with one student, one contact and one phone, with the same ids, and every visit must still name
 * it. {@link UpgradeFromV1Test} reads a smaller V1 office through the services.
 */
@SqliteOnly
class UpgradeFromV1RowByRowTest {
    /** The school year of the grade: that of the latest visit, else of the day the family was created. */
    private static final Map<Long, Integer> GRADE_YEAR = Map.of(
            1L, 2025, // created June 2025, last visit October 2025
            2L, 2024, // no visit, created 20 August 2025
            5L, 2025, // created 31 August 2025; last visit 31 August 2026 (visit 103, not the later id 107)
            6L, 2024, // last visit 31 December 2024
            9L, 2026, // visits today
            12L, 2026, // no visit, created at midnight on 1 September 2026
            13L, 2026); // created July 2026, visits today

    @TempDir
    Path dir;
    private Database db;
    private final TestClock clock = TestClock.morning();
    private FamilyService families;

    @BeforeEach
    void upgrade() {
        V1Office.create(file());
        db = Database.open(file());
        families = new FamilyService(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file() {
        return dir.resolve("office.db");
    }

    @Test
    void everyFamilyIsAHouseholdWithItsIdOwnerChannelReferrerAndContactTimes() {
        for (Family f : V1Office.FAMILIES) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("id", text(f.id()));
            expected.put("owner_id", text(f.ownerId()));
            expected.put("channel", f.channel());
            expected.put("referred_by", text(f.referredBy()));
            expected.put("district", "");
            expected.put("first_contact_at", f.createdAt());
            expected.put("last_contact_at", latestVisit(f).map(Visit::arrivedAt).orElse(null));
            expected.put("created_at", f.createdAt());
            expected.put("created_by", "1");
            expected.put("import_batch_id", null);
            assertEquals(expected, row("SELECT * FROM household WHERE id = ?", f.id()), "household " + f.id());
        }
    }

    @Test
    void everyFamilyHasOneStudentWithItsDetailsAndTheSchoolYearOfItsLatestVisit() {
        for (Family f : V1Office.FAMILIES) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("id", text(f.id()));
            expected.put("household_id", text(f.id()));
            expected.put("name", f.student());
            expected.put("gender", f.gender());
            expected.put("grade", f.grade());
            expected.put("grade_year", text(GRADE_YEAR.get(f.id())));
            expected.put("school", f.school());
            expected.put("stage", f.stage());
            expected.put("created_at", f.createdAt());
            expected.put("intent", null);
            assertEquals(List.of(expected), rows("SELECT * FROM student WHERE household_id = ?", f.id()),
                    "students of " + f.id());
        }
    }

    @Test
    void aGradeGivenBeforeTheUpgradeMovesOnWithTheSchoolYears() {
        Student zhang = families.card(1).orElseThrow().students().get(0);

        assertEquals(Grade.J2, zhang.gradeOn(LocalDate.of(2026, 8, 31)));
        assertEquals(Grade.J3, zhang.gradeOn(V1Office.TODAY), "given as J2 in school year 2025");
    }

    @Test
    void everyFamilyHasOneMainContactWithOneActiveMainPhone() {
        for (Family f : V1Office.FAMILIES) {
            Map<String, String> contact = new LinkedHashMap<>();
            contact.put("id", text(f.id()));
            contact.put("household_id", text(f.id()));
            contact.put("name", f.parent());
            contact.put("relation", f.relation());
            contact.put("is_main", "1");
            contact.put("created_at", f.createdAt());
            assertEquals(List.of(contact), rows("SELECT * FROM contact WHERE household_id = ?", f.id()),
                    "contacts of " + f.id());

            String[] parts = f.phone().split("#");
            String number = parts[0];
            Map<String, String> phone = new LinkedHashMap<>();
            phone.put("contact_id", text(f.id()));
            phone.put("number", number);
            phone.put("extension", parts.length > 1 ? parts[1] : "");
            phone.put("number_rev", new StringBuilder(number.replace("+", "")).reverse().toString());
            phone.put("is_main", "1");
            phone.put("active", "1");
            phone.put("created_at", f.createdAt());
            assertEquals(List.of(phone), rows("SELECT contact_id, number, extension, number_rev, is_main, active,"
                    + " created_at FROM phone WHERE household_id = ?", f.id()), "phones of " + f.id());
        }
    }

    @Test
    void theNumbersAreSplitFromTheirExtensionsAndReversedForTheLastDigits() {
        assertEquals(List.of("05718765432", "123", "23456781750"), phoneOf(5));
        assertEquals(List.of("057186543210", "8", "012345681750"), phoneOf(9));
        assertEquals(List.of("01062345678", "", "87654326010"), phoneOf(2));
        assertEquals(List.of("+85291234567", "", "76543219258"), phoneOf(6));
    }

    @Test
    void everyVisitIsKeptWithItsHouseholdTimesStatusAndCounselorAndNamesTheStudent() {
        for (Visit v : V1Office.VISITS) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("id", text(v.id()));
            expected.put("household_id", text(v.familyId()));
            expected.put("channel", v.channel());
            expected.put("arrived_at", v.arrivedAt());
            expected.put("left_at", v.leftAt());
            expected.put("status", v.status());
            expected.put("received_by", text(v.receivedBy()));
            expected.put("counselor_id", text(v.counselorId()));
            expected.put("who_came", v.whoCame());
            expected.put("purpose", v.purpose());
            expected.put("void_reason", "");
            expected.put("appointment_id", null);
            expected.put("import_batch_id", null);
            assertEquals(expected, row("SELECT * FROM visit WHERE id = ?", v.id()), "visit " + v.id());
            assertEquals(List.of(text(v.familyId())), strings("SELECT student_id FROM visit_student WHERE visit_id = ?",
                    v.id()), "students of visit " + v.id());
        }
    }

    @Test
    void theCardsShowTheOwnerAndWhetherTheOwnerStillWorksHere() {
        HouseholdCard li = families.card(2).orElseThrow();
        assertEquals("张伟", li.ownerName());
        assertFalse(li.ownerActive(), "张伟 has left: the household is free under the ownership rule");
        assertEquals(null, li.activeOwnerId());
        assertEquals("", li.mainContact().name());
        assertEquals("01062345678", li.mainPhone().phone().value());

        HouseholdCard wang = families.card(5).orElseThrow();
        assertEquals("李明", wang.ownerName());
        assertTrue(wang.ownerActive());
        assertEquals(new Phone("05718765432#123"), wang.mainPhone().phone(), "the extension is read back");

        assertEquals(null, families.card(6).orElseThrow().ownerName(), "family 6 had no owner");
    }

    @Test
    void theReferralChainIsKept() {
        assertEquals(List.of(2L), ids(families.referredBy(1)));
        assertEquals(List.of(5L), ids(families.referredBy(2)));
        assertEquals(List.of(), ids(families.referredBy(5)));
    }

    @Test
    void householdsAreFoundByTheirNumberTypedAsTheDeskTypesIt() {
        assertEquals(Optional.of(2L), foundBy("010-6234 5678"));
        assertEquals(Optional.of(6L), foundBy("+852 9123 4567"));
        assertEquals(Optional.of(6L), foundBy("00852 91234567"));
        assertEquals(Optional.of(9L), foundBy("0571-86543210 转 8"), "with its extension");
        assertEquals(Optional.of(9L), foundBy("0571 8654 3210"), "without its extension");
        assertEquals(Optional.of(9L), foundBy("0571-86543210 转 99"), "with another extension");
        assertEquals(Optional.of(1L), foundBy("138 1234 5678"));
    }

    /**
     * 0571-8765432 has seven digits after Hangzhou's area code: today's rules refuse it when typed
     * (Hangzhou numbers have eight), so the desk reaches this household by the digits typed so far.
     */
    @Test
    void aNumberTodaysRulesRefuseIsStillFoundByItsStoredFormAndItsPrefix() {
        assertFalse(Phone.isComplete("0571 8765432"));

        assertEquals(Optional.of(5L), families.findByPhone(new Phone("05718765432#123")).map(HouseholdCard::id));
        assertEquals(Optional.of(5L), families.findByPhone(new Phone("05718765432")).map(HouseholdCard::id));
        assertEquals(List.of(5L), ids(families.suggest("0571 876543")));
        assertEquals(List.of(5L), ids(families.suggest("0571 8765")));
        assertEquals(List.of(9L, 5L), ids(families.suggest("0571 8")));
    }

    @Test
    void householdsAreSuggestedByTheFirstDigitsOfTheirNumber() {
        assertEquals(List.of(2L), ids(families.suggest("010 62")));
        assertEquals(List.of(6L), ids(families.suggest("+852 9123")));
        assertEquals(List.of(1L), ids(families.suggest("1381")));
    }

    @Test
    void everyHouseholdHasTheSearchTermsOfItsNames() {
        for (Family f : V1Office.FAMILIES) {
            Map<String, String> expected = new HashMap<>();
            SearchTerms.of(List.of(f.student()), List.of(f.parent()))
                    .forEach(t -> expected.put(t.text(), text(t.weight())));
            Map<String, String> stored = new HashMap<>();
            db.read(h -> h.createQuery("SELECT term, weight FROM search_term WHERE household_id = :id")
                    .bind("id", f.id()).map((rs, ctx) -> stored.put(rs.getString(1), rs.getString(2))).list());
            assertFalse(stored.isEmpty(), "terms of " + f.id());
            assertEquals(expected, stored, "terms of " + f.id());
        }
        assertEquals(List.of("1"), strings("SELECT household_id FROM search_term WHERE term = ?", "张子涵"));
        assertEquals(List.of("1"), strings("SELECT household_id FROM search_term WHERE term = ?", "zzh"));
        assertEquals(List.of("5"), strings("SELECT household_id FROM search_term WHERE term = ?", "王建国"),
                "a parent's name is a term too");
        assertEquals(List.of(), strings("SELECT household_id FROM search_term WHERE term = ?", ""));
    }

    @Test
    void todaysVisitorsFromV1AreOnTodaysBoard() {
        VisitService visits = new VisitService(db, clock, families, new OfficeService(db, clock));

        assertEquals(List.of(110L, 108L), visits.today().stream().map(VisitRow::visitId).toList());
    }

    @Test
    void aReturningFamilyIsRegisteredOnItsUpgradedHouseholdAndStudent() {
        WalkInService desk = new WalkInService(db, clock, families, new OfficeService(db, clock));

        Registration r = desk.register(new WalkIn(Phone.parse("010 6234 5678"), null, 2L,
                new StudentDetails("李浩然", null, null, null), List.of(), null, Channel.INVITED, null, "父亲", "复查",
                V1Office.COUNSELOR), V1Office.FRONT_DESK, true);

        assertEquals(List.of(2L, 2L, false, false), List.of(r.householdId(), r.studentId(), r.newHousehold(),
                r.newStudent()));
        assertEquals(V1Office.COUNSELOR, r.ownerId(), "the owner had left: the household goes to the counselor");
        assertTrue(r.visitId() > 111, "visit ids go on after V1's: " + r.visitId());
        assertEquals(List.of("2"), strings("SELECT student_id FROM visit_student WHERE visit_id = ?", r.visitId()));
    }

    @Test
    void theSchemaIsAtTheNewestVersionAndTheOldTablesAreGone() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), strings("SELECT version FROM flyway_schema_history"
                + " WHERE success = 1 ORDER BY installed_rank"));
        assertEquals(0, count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));
        assertEquals(List.of(), strings("SELECT name FROM sqlite_master WHERE name IN ('family', 'visit_v2')"));
    }

    @Test
    void everyTableHoldsAsManyRowsAsV1Had() {
        int n = V1Office.FAMILIES.size();
        int visits = V1Office.VISITS.size();
        Map<String, Long> expected = new LinkedHashMap<>();
        for (String table : List.of("household", "student", "contact", "phone")) {
            expected.put(table, (long) n);
        }
        expected.put("visit", (long) visits);
        expected.put("visit_student", (long) visits);
        expected.put("staff", 4L);
        expected.put("settings", 2L);
        expected.put("change_log", 0L);
        Map<String, Long> actual = new LinkedHashMap<>();
        expected.keySet().forEach(t -> actual.put(t, count("SELECT COUNT(*) FROM " + t)));
        assertEquals(expected, actual);
    }

    @Test
    void openingTheUpgradedFileAgainChangesNothing() {
        Map<String, List<Map<String, String>>> before = dump();
        db.close();

        db = Database.open(file());

        assertEquals(before, dump());
    }

    // --- reading the file --------------------------------------------------------------------

    private Optional<Long> foundBy(String typed) {
        return families.findByPhone(Phone.parse(typed)).map(HouseholdCard::id);
    }

    private static List<Long> ids(List<HouseholdCard> cards) {
        return cards.stream().map(HouseholdCard::id).toList();
    }

    private List<String> phoneOf(long household) {
        Map<String, String> p = row("SELECT number, extension, number_rev FROM phone WHERE household_id = ?", household);
        return List.of(p.get("number"), p.get("extension"), p.get("number_rev"));
    }

    private static Optional<Visit> latestVisit(Family f) {
        return V1Office.VISITS.stream().filter(v -> v.familyId() == f.id())
                .max(Comparator.comparing(Visit::arrivedAt));
    }

    /**
     * Every table's rows (flyway's history included), each row's values as text, in primary-key order.
     * A virtual table (the phones' trigram index) holds no rows of its own: its shadow tables are read.
     */
    private Map<String, List<Map<String, String>>> dump() {
        Map<String, List<Map<String, String>>> all = new LinkedHashMap<>();
        for (String table : strings("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")) {
            all.put(table, rows("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        all.put("schema", rows("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
        return all;
    }

    private Map<String, String> row(String sql, Object... args) {
        List<Map<String, String>> rows = rows(sql, args);
        assertEquals(1, rows.size(), () -> sql + " " + List.of(args) + " gave " + rows);
        return rows.get(0);
    }

    private List<Map<String, String>> rows(String sql, Object... args) {
        return db.read(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.map((rs, ctx) -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnName(c), rs.getString(c));
                }
                return row;
            }).list();
        });
    }

    private List<String> strings(String sql, Object... args) {
        return rows(sql, args).stream().map(r -> r.values().iterator().next()).toList();
    }

    private long count(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
