package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.testutil.SqliteOnly;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.walkin.Registration;
import com.counseldesk.walkin.VisitRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A database file of version 1 (one student, one parent and one phone per family row) opened by this
 * version: every family becomes a household with the same ids, its visits stay with it, and the
 * derived search columns are filled.
 */
@SqliteOnly
class UpgradeFromV1Test {
    @TempDir
    Path dir;
    private TestOffice t;

    @BeforeEach
    void upgrade() {
        Path file = dir.resolve("office.db");
        SQLiteDataSource v1 = new SQLiteDataSource();
        v1.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(v1).locations("classpath:db/migration").target("1").load().migrate();
        try (Handle h = Jdbi.open(v1)) {
            h.execute("INSERT INTO settings (setting_key, setting_value) VALUES ('office.name', '老校区')");
            h.execute("INSERT INTO staff (id, name, role, created_at) VALUES (1, '王芳', 'FRONT_DESK', '2025-09-01T08:00:00'),"
                    + " (2, '李明', 'COUNSELOR', '2025-09-01T08:00:00')");
            h.execute("INSERT INTO family (id, student_name, gender, grade, school, parent_name, parent_relation, phone,"
                    + " channel, referred_by, owner_id, stage, created_at, created_by) VALUES"
                    + " (1, '张子涵', 'FEMALE', 'J2', '实验中学', '王丽', 'MOTHER', '13812345678', 'DIRECT', NULL, 2,"
                    + " 'VISITED', '2025-10-10T10:00:00', 1),"
                    + " (2, '欧阳娜娜', 'UNKNOWN', 'P5', '', '', 'UNKNOWN', '01062345678#12', 'REFERRAL', 1, NULL,"
                    + " 'NEW', '2026-03-01T09:00:00', 1)");
            h.execute("INSERT INTO visit (id, family_id, channel, arrived_at, left_at, status, received_by, counselor_id,"
                    + " who_came, purpose) VALUES"
                    + " (1, 1, 'DIRECT', '2025-10-10T10:00:00', '2025-10-10T11:00:00', 'LEFT', 1, 2, '母亲', '数学'),"
                    + " (2, 1, 'INVITED', '2026-07-01T15:00:00', NULL, 'CONSULTING', 1, 2, '学生和母亲', '暑假班')");
        }
        t = TestOffice.empty(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void everyFamilyIsAHouseholdWithItsStudentContactAndPhone() {
        HouseholdCard zhang = t.household(1);
        assertEquals(2L, zhang.household().ownerId());
        assertEquals("李明", zhang.ownerName());
        assertEquals(Channel.DIRECT, zhang.household().channel());
        assertEquals(LocalDateTime.of(2025, 10, 10, 10, 0), zhang.household().firstContactAt());
        assertEquals(LocalDateTime.of(2026, 7, 1, 15, 0), zhang.household().lastContactAt(), "the latest visit");
        assertEquals(1L, zhang.household().createdBy());
        Student s = zhang.students().get(0);
        assertEquals(new Student(1, 1, "张子涵", Gender.FEMALE, Grade.J2, 2025, "实验中学", Stage.VISITED), s,
                "the grade was last typed at the visit of July 2026, in the school year 2025");
        assertEquals(Grade.J3, s.gradeOn(LocalDate.of(2026, 11, 27)));
        Contact mother = zhang.mainContact();
        assertEquals(1, mother.id());
        assertEquals("王丽", mother.name());
        assertEquals(Relation.MOTHER, mother.relation());
        assertEquals(new Phone("13812345678"), zhang.mainPhone().phone());

        HouseholdCard ouyang = t.household(2);
        assertEquals(1L, ouyang.household().referredBy());
        assertEquals(Channel.REFERRAL, ouyang.household().channel());
        assertNull(ouyang.household().ownerId());
        assertNull(ouyang.household().lastContactAt(), "no visit yet");
        assertEquals(2025, ouyang.students().get(0).gradeYear(), "created in March 2026: the school year 2025");
        assertEquals(new Phone("01062345678#12"), ouyang.mainPhone().phone());
        assertEquals("", ouyang.mainContact().name());
    }

    @Test
    void numbersAreFoundAsBeforeAndByTheirExtensionlessForm() {
        assertEquals(1, t.families.findByPhone(Phone.parse("+86 138 1234 5678")).orElseThrow().id());
        assertEquals(2, t.families.findByPhone(Phone.parse("010-6234 5678")).orElseThrow().id());
        assertEquals(2, t.families.findByPhone(Phone.parse("010 6234 5678 转 12")).orElseThrow().id());
        Map<String, Object> phone = t.db.read(h -> h.createQuery(
                "SELECT number, extension, number_rev FROM phone WHERE household_id = 2").mapToMap().one());
        assertEquals("01062345678", phone.get("number"));
        assertEquals("12", phone.get("extension"));
        assertEquals("87654326010", phone.get("number_rev"));
        assertEquals(List.of(1L), t.families.suggest("1381").stream().map(HouseholdCard::id).toList());
    }

    @Test
    void theSearchTermsAreThoseTheAppWouldWrite() {
        assertEquals(terms(SearchTerms.of(List.of("张子涵"), List.of("王丽"))), storedTerms(1));
        assertEquals(terms(SearchTerms.of(List.of("欧阳娜娜"), List.of(""))), storedTerms(2));
        assertTrue(storedTerms(1).stream().anyMatch(term -> term.startsWith("王丽:")), storedTerms(1).toString());
    }

    private static Set<String> terms(Collection<SearchTerm> terms) {
        return terms.stream().map(x -> x.text() + ":" + x.weight()).collect(Collectors.toSet());
    }

    private Set<String> storedTerms(long household) {
        return Set.copyOf(t.db.read(h -> h.createQuery("SELECT term || ':' || weight FROM search_term"
                + " WHERE household_id = :id").bind("id", household).mapTo(String.class).list()));
    }

    @Test
    void visitsStayWithTheirHouseholdAndNameItsStudent() {
        List<VisitRow> visits = t.visits.visitsOf(1);

        assertEquals(List.of(2L, 1L), visits.stream().map(VisitRow::visitId).toList());
        assertEquals(List.of(List.of(1L), List.of(1L)), visits.stream().map(VisitRow::studentIds).toList());
        assertEquals("张子涵", visits.get(0).studentNames());
        assertEquals("暑假班", visits.get(0).purpose());
        assertEquals("李明", visits.get(1).counselorName());
        assertEquals(List.of(), t.visits.visitsOf(2));
    }

    @Test
    void anUpgradedHouseholdTakesANewVisitAndASecondChild() {
        Registration r = t.walkIns.register(t.walkIn("李明").phone("138 1234 5678").newChild().student("张子轩")
                .grade(Grade.P3).build(), 1L, true);

        assertEquals(1, r.householdId());
        assertEquals(List.of("张子涵", "张子轩"), t.household(1).students().stream().map(Student::name).toList());
        assertTrue(r.studentId() > 2, "new ids follow the copied ones");
        assertEquals(3, t.visits.countFor(1));
    }
}
