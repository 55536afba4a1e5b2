package com.counseldesk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.office.Role;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDateTime;
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

    private void create(int families) {
        new SampleOffice(t.db, t.clock, SEED).create(families);
    }

    private List<String> strings(String sql) {
        return t.db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void theSampleOfficeHasItsStaffAndFamilies() {
        create(300);

        assertEquals(300, t.count("family"));
        assertEquals(6, t.count("staff"));
        assertTrue(t.office.isSetUp());
        assertEquals(SampleOffice.OFFICE_NAME, t.office.officeName());
        assertTrue(t.office.hasRole(Role.FRONT_DESK));
        assertEquals(5, t.office.counselors().size());
        assertTrue(t.count("visit") >= 300, "every family visited at least once");
    }

    @Test
    void everyPhoneIsUniqueAndInItsStoredForm() {
        create(300);

        List<String> phones = strings("SELECT phone FROM family");

        assertEquals(300, new HashSet<>(phones).size());
        for (String phone : phones) {
            assertEquals(phone, Phone.parse(phone).value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T10:00", "2026-11-27T00:10", "2026-03-01T21:45"})
    void visitsFallInTheLastThreeMonthsAndNeverInTheFuture(LocalDateTime now) {
        t.clock.set(now);
        create(300);

        List<Map<String, Object>> visits = t.db.read(h -> h.createQuery(
                "SELECT family_id, arrived_at, left_at, status FROM visit").mapToMap().list());

        for (Map<String, Object> v : visits) {
            LocalDateTime arrived = LocalDateTime.parse((String) v.get("arrived_at"));
            assertFalse(arrived.isAfter(now), () -> "arrived in the future: " + v);
            assertTrue(arrived.isAfter(now.minusDays(92)), () -> "arrived too long ago: " + v);
            if (v.get("left_at") != null) {
                LocalDateTime left = LocalDateTime.parse((String) v.get("left_at"));
                assertFalse(left.isAfter(now), () -> "left in the future: " + v);
                assertFalse(left.isBefore(arrived), () -> "left before arriving: " + v);
            } else {
                assertTrue(arrived.toLocalDate().equals(now.toLocalDate()), () -> "still here from another day: " + v);
            }
        }
        assertEquals(300, visits.stream().map(v -> v.get("family_id")).distinct().count(), "every family visited");
    }

    @Test
    void aFewFamiliesAreHereToday() {
        create(300);

        assertFalse(t.registration.todaysVisits().isEmpty());
    }

    @Test
    void referralsPointToEarlierFamilies() {
        create(300);

        List<Map<String, Object>> referred = t.db.read(h -> h.createQuery(
                "SELECT f.id, f.referred_by, r.id AS referrer FROM family f LEFT JOIN family r ON r.id = f.referred_by"
                        + " WHERE f.referred_by IS NOT NULL").mapToMap().list());

        assertFalse(referred.isEmpty());
        for (Map<String, Object> f : referred) {
            assertEquals(f.get("referred_by"), f.get("referrer"), () -> "referrer missing: " + f);
        }
        assertEquals(List.of(), strings("SELECT id FROM family WHERE channel = 'REFERRAL' AND referred_by IS NULL"));
    }

    @Test
    void theSameSeedGivesTheSameOffice(@TempDir Path other) {
        create(50);
        try (TestOffice second = TestOffice.empty(other)) {
            new SampleOffice(second.db, second.clock, SEED).create(50);

            String sql = "SELECT student_name || phone || channel || created_at FROM family ORDER BY id";
            assertEquals(strings(sql), second.db.read(h -> h.createQuery(sql).mapTo(String.class).list()));
        }
    }

    @Test
    void aDatabaseWithAnOfficeIsNotOverwritten() {
        create(10);

        assertThrows(IllegalStateException.class, () -> create(10));

        assertEquals(10, t.count("family"));
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
        for (int i = 0; i <= 200_000; i++) {
            String phone = SampleOffice.phone(i);
            assertTrue(seen.add(phone), () -> "duplicate " + phone);
        }
        assertEquals(200_001, seen.size());
    }

    @Test
    void samplePhonesAreValidMobiles() {
        for (int i = 0; i <= 200_000; i += 997) {
            String phone = SampleOffice.phone(i);
            assertEquals(phone, Phone.parse(phone).value());
        }
    }
}
