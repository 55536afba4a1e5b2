package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.SearchTerm;
import com.counseldesk.family.SearchTerms;
import com.counseldesk.office.Role;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleOfficeTest {
    private static final long SEED = 20261127L;

    @TempDir
    Path dir;
    private TestOffice t;

    @BeforeEach
    void open() {
        t = TestOffice.empty(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void create(int households) {
        new SampleOffice(t.db, t.clock, SEED).create(households);
    }

    private List<String> strings(String sql) {
        return strings(t.db, sql);
    }

    private static List<String> strings(Database db, String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private long count(String sql) {
        return t.db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void theSampleOfficeHasItsStaffAndHouseholds() {
        create(300);

        assertEquals(300, t.count("household"));
        assertEquals(6, t.count("staff"));
        assertTrue(t.office.isSetUp());
        assertEquals(SampleOffice.OFFICE_NAME, t.office.officeName());
        assertTrue(t.office.hasRole(Role.FRONT_DESK));
        assertEquals(5, t.office.counselors().size());
        assertTrue(t.count("visit") >= 300, "every household visited at least once");
        assertEquals(0, count("SELECT COUNT(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM student s"
                + " WHERE s.household_id = h.id) OR NOT EXISTS (SELECT 1 FROM phone p WHERE p.household_id = h.id)"),
                "every household has a student and a phone");
    }

    @Test
    void everyPhoneIsUniqueInItsStoredFormWithItsDigitsReversed() {
        create(300);

        List<Map<String, Object>> phones = t.db.read(h -> h.createQuery(
                "SELECT number, extension, number_rev, active FROM phone").mapToMap().list());

        assertEquals(phones.size(), phones.stream().map(p -> p.get("number")).distinct().count());
        for (Map<String, Object> p : phones) {
            String number = (String) p.get("number");
            assertEquals(number, Phone.parse(number).value(), () -> "stored form: " + p);
            assertEquals(new StringBuilder(number).reverse().toString(), p.get("number_rev"), () -> "reversed: " + p);
            assertEquals("", p.get("extension"));
            assertEquals(1, ((Number) p.get("active")).intValue());
        }
    }

    @Test
    void everyHouseholdHasOneMainContactAndEveryContactOneMainPhone() {
        create(300);

        assertEquals(List.of("1"), strings("SELECT DISTINCT COUNT(*) FROM contact WHERE is_main = 1"
                + " GROUP BY household_id"));
        assertEquals(List.of("1"), strings("SELECT DISTINCT COUNT(*) FROM phone WHERE is_main = 1 GROUP BY contact_id"));
        assertEquals(0, count("SELECT COUNT(*) FROM phone p JOIN contact c ON c.id = p.contact_id"
                + " WHERE c.household_id <> p.household_id"));
    }

    @Test
    void someHouseholdsHaveTwoChildrenAndSomeTwoOrThreeNumbers() {
        create(300);

        assertEquals(List.of("1", "2"), strings("SELECT DISTINCT n FROM (SELECT COUNT(*) AS n FROM student"
                + " GROUP BY household_id) ORDER BY n"), "children per household");
        assertEquals(List.of("1", "2", "3"), strings("SELECT DISTINCT n FROM (SELECT COUNT(*) AS n FROM phone"
                + " GROUP BY household_id) ORDER BY n"), "numbers per household");
        assertEquals(List.of("1", "2"), strings("SELECT DISTINCT n FROM (SELECT COUNT(*) AS n FROM contact"
                + " GROUP BY household_id) ORDER BY n"), "contacts per household");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T10:00", "2026-11-27T00:10", "2026-03-01T21:45"})
    void visitsFallInTheLastYearAndNeverInTheFuture(LocalDateTime now) {
        t.clock.set(now);
        create(300);

        List<Map<String, Object>> visits = t.db.read(h -> h.createQuery(
                "SELECT household_id, arrived_at, left_at, status FROM visit").mapToMap().list());

        for (Map<String, Object> v : visits) {
            LocalDateTime arrived = LocalDateTime.parse((String) v.get("arrived_at"));
            assertFalse(arrived.isAfter(now), () -> "arrived in the future: " + v);
            assertTrue(arrived.isAfter(now.minusDays(367)), () -> "arrived too long ago: " + v);
            if (v.get("left_at") != null) {
                LocalDateTime left = LocalDateTime.parse((String) v.get("left_at"));
                assertFalse(left.isAfter(now), () -> "left in the future: " + v);
                assertFalse(left.isBefore(arrived), () -> "left before arriving: " + v);
            } else {
                assertTrue(arrived.toLocalDate().equals(now.toLocalDate()), () -> "still here from another day: " + v);
            }
        }
        assertEquals(300, visits.stream().map(v -> v.get("household_id")).distinct().count(), "every household");
        assertEquals(0, count("SELECT COUNT(*) FROM household h WHERE last_contact_at IS DISTINCT FROM"
                + " (SELECT MAX(arrived_at) FROM visit v WHERE v.household_id = h.id)"), "last contact = last visit");
    }

    @Test
    void everyVisitNamesAtLeastOneStudentOfItsHousehold() {
        create(300);

        assertEquals(0, count("SELECT COUNT(*) FROM visit v WHERE NOT EXISTS"
                + " (SELECT 1 FROM visit_student vs WHERE vs.visit_id = v.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM visit_student vs JOIN visit v ON v.id = vs.visit_id"
                + " JOIN student s ON s.id = vs.student_id WHERE s.household_id <> v.household_id"));
    }

    @Test
    void aFewHouseholdsAreHereToday() {
        create(300);

        assertFalse(t.visits.today().isEmpty());
    }

    @Test
    void referralsPointToEarlierHouseholds() {
        create(300);

        List<Map<String, Object>> referred = t.db.read(h -> h.createQuery(
                "SELECT f.id, f.referred_by, r.id AS referrer FROM household f"
                        + " LEFT JOIN household r ON r.id = f.referred_by WHERE f.referred_by IS NOT NULL")
                .mapToMap().list());

        assertFalse(referred.isEmpty());
        for (Map<String, Object> f : referred) {
            assertEquals(f.get("referred_by"), f.get("referrer"), () -> "referrer missing: " + f);
            assertTrue(((Number) f.get("referrer")).longValue() < ((Number) f.get("id")).longValue(), f::toString);
        }
        assertEquals(List.of(), strings("SELECT id FROM household WHERE channel = 'REFERRAL' AND referred_by IS NULL"));
    }

    @Test
    void everyHouseholdHasTheSearchTermsOfItsStudentsAndContacts() {
        create(300);
        Map<Long, Set<SearchTerm>> stored = new HashMap<>();
        t.db.read(h -> h.createQuery("SELECT household_id, term, weight FROM search_term")
                .map((rs, ctx) -> stored.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(new SearchTerm(rs.getString(2), rs.getInt(3)))).list());

        assertEquals(300, stored.size(), "every household has terms");
        for (long id = 1; id <= 300; id++) {
            List<String> students = names("student", id);
            List<String> contacts = names("contact", id);
            assertEquals(new HashSet<>(SearchTerms.of(students, contacts)), stored.get(id), "terms of " + id);
        }
    }

    @Test
    void theSameSeedGivesTheSameOffice(@TempDir Path other) {
        create(50);
        try (TestOffice second = TestOffice.empty(other)) {
            new SampleOffice(second.db, second.clock, SEED).create(50);

            for (String sql : List.of(
                    "SELECT '' || id || owner_id || channel || COALESCE(CAST(referred_by AS VARCHAR(20)), '') || first_contact_at FROM household",
                    "SELECT '' || id || household_id || name || gender || grade || grade_year || school || stage FROM student",
                    "SELECT '' || id || household_id || name || relation || is_main FROM contact",
                    "SELECT '' || id || contact_id || number || is_main FROM phone",
                    "SELECT '' || id || household_id || arrived_at || status || counselor_id FROM visit",
                    "SELECT '' || visit_id || ':' || student_id FROM visit_student",
                    "SELECT '' || term || household_id || weight FROM search_term",
                    "SELECT '' || id || household_id || kind || taken_by || started_at || outcome FROM call",
                    "SELECT '' || day || turn_round || staff_id || kind || COALESCE(CAST(call_id AS VARCHAR(20)), '')"
                            + " || taken_at FROM duty_turn",
                    "SELECT '' || id || household_id || student_id || counselor_id || starts_at || status || booked_at"
                            + " FROM appointment")) {
                String ordered = sql + " ORDER BY 1";
                assertEquals(strings(ordered), strings(second.db, ordered), sql);
            }
        }
    }

    @Test
    void aDatabaseWithAnOfficeIsNotOverwritten() {
        create(10);

        assertThrows(IllegalStateException.class, () -> create(10));

        assertEquals(10, t.count("household"));
        assertEquals(6, t.count("staff"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> create(-1));
        assertEquals(0, t.count("staff"));
    }

    @Test
    void samplePhonesAreUniqueForLargeOffices() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i <= 300_000; i++) {
            String phone = SampleOffice.phone(i);
            assertTrue(seen.add(phone), () -> "duplicate " + phone);
        }
        assertEquals(300_001, seen.size());
    }

    @Test
    void samplePhonesAreValidMobiles() {
        for (int i = 0; i <= 300_000; i += 997) {
            String phone = SampleOffice.phone(i);
            assertEquals(phone, Phone.parse(phone).value());
        }
    }

    private List<String> names(String table, long household) {
        return t.db.read(h -> h.createQuery("SELECT name FROM " + table + " WHERE household_id = :id ORDER BY id")
                .bind("id", household).mapTo(String.class).list());
    }
}
