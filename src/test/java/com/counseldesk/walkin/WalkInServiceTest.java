package com.counseldesk.walkin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.family.Change;
import com.counseldesk.family.Channel;
import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.Gender;
import com.counseldesk.family.Grade;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Relation;
import com.counseldesk.family.Stage;
import com.counseldesk.family.Student;
import com.counseldesk.family.StudentDetails;
import com.counseldesk.testutil.TestOffice;
import com.counseldesk.testutil.WalkInBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walk-in registration on a real database file: households found, created and joined; the owner rule. */
class WalkInServiceTest {
    private static final String LI_MING = TestOffice.COUNSELOR;
    private static final String ZHANG_WEI = TestOffice.OTHER_COUNSELOR;
    /** Every table a registration writes to. */
    private static final List<String> WRITTEN = List.of("household", "student", "contact", "phone", "search_term",
            "change_log", "visit", "visit_student");

    @TempDir
    Path dir;
    private TestOffice t;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static void assertRefused(String field, String key, Runnable action, Object... args) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field(), "field");
        assertEquals(key, e.messageKey(), "message key");
        if (args.length > 0) {
            assertArrayEquals(args, e.args(), "arguments");
        }
    }

    /** How many rows each written table holds, to check that a refusal or failure stored nothing. */
    private Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        WRITTEN.forEach(table -> out.put(table, t.count(table)));
        return out;
    }

    private static List<String> names(HouseholdCard card) {
        return card.students().stream().map(Student::name).toList();
    }

    private List<VisitRow> visitsOf(long householdId) {
        return t.visits.visitsOf(householdId);
    }

    // ---- the same family twice the same day ---------------------------------------------------

    @Test
    void aFamilyStillAtTheOfficeTodayIsRefusedUnlessTheDeskSaysAgain() {
        Registration first = t.register(t.walkIn(LI_MING).phone("138 1234 5678").student("张子涵"));
        long desk = t.staff(TestOffice.FRONT_DESK).id();
        WalkIn again = t.walkIn(LI_MING).phone("138 1234 5678").student("张子涵").build();

        AlreadyHereException e = org.junit.jupiter.api.Assertions.assertThrows(AlreadyHereException.class,
                () -> t.walkIns.register(again, desk, false));
        assertEquals(first.visitId(), e.visitId());
        assertEquals("张子涵", e.studentNames());
        assertEquals(t.clock.localNow(), e.arrivedAt());
        assertEquals(VisitStatus.WAITING, e.status());
        assertEquals(1, t.count("visit"), "nothing of the refused registration is stored");

        Registration second = t.walkIns.register(again, desk, true);
        assertEquals(first.householdId(), second.householdId());
        assertEquals(2, t.count("visit"));
    }

    @Test
    void aFamilyThatLeftIsRegisteredAgainWithoutAQuestion() {
        Registration first = t.register(t.walkIn(LI_MING).phone("138 1234 5678"));
        t.visits.setStatus(first.visitId(), VisitStatus.LEFT);
        long desk = t.staff(TestOffice.FRONT_DESK).id();

        t.walkIns.register(t.walkIn(LI_MING).phone("138 1234 5678").build(), desk, false);

        assertEquals(2, t.count("visit"));
    }

    // ---- a new household ---------------------------------------------------------------------

    @Test
    void aNewHouseholdBelongsToTheCounselorAtTheDesk() {
        Registration r = t.register(t.walkIn(LI_MING).phone("138 1234 5678"));

        assertTrue(r.newHousehold());
        assertTrue(r.newStudent());
        assertFalse(r.ownerKept());
        assertEquals(LI_MING, r.ownerName());
        assertEquals(t.staff(LI_MING).id(), r.ownerId());
        HouseholdCard card = t.household(r.householdId());
        assertEquals(t.staff(LI_MING).id(), card.household().ownerId());
        assertEquals(Channel.DIRECT, card.household().channel());
        assertEquals(t.clock.localNow(), card.household().createdAt());
        assertEquals(t.clock.localNow(), card.household().lastContactAt());
        assertEquals(t.staff(TestOffice.FRONT_DESK).id(), card.household().createdBy());
        Student s = t.student(r);
        assertEquals("张子涵", s.name());
        assertEquals(Gender.FEMALE, s.gender());
        assertEquals(Grade.J2, s.grade());
        assertEquals("实验中学", s.school());
        assertEquals(Stage.VISITED, s.stage());
        assertEquals("王丽", card.mainContact().name());
        assertEquals(Relation.MOTHER, card.mainContact().relation());
        assertEquals(new Phone("13812345678"), card.mainPhone().phone());
        for (String table : List.of("household", "student", "contact", "phone", "visit", "visit_student")) {
            assertEquals(1, t.count(table), table);
        }
    }

    @Test
    void theVisitRecordsArrivalReceiverCounselorAndTheStudentWhoCame() {
        Registration r = t.register(t.walkIn(LI_MING));

        VisitRow row = visitsOf(r.householdId()).get(0);
        assertEquals(r.visitId(), row.visitId());
        assertEquals(t.clock.localNow(), row.arrivedAt());
        assertEquals(VisitStatus.WAITING, row.status());
        assertEquals(LI_MING, row.counselorName());
        assertEquals(List.of(r.studentId()), row.studentIds());
        assertEquals("张子涵", row.studentNames());
        assertEquals("王丽", row.parentName());
        assertEquals(new Phone("13812345678"), row.phone());
        assertEquals("学生和母亲", row.whoCame());
        assertEquals("数学提分", row.purpose());
        long receivedBy = t.db.read(h -> h.createQuery("SELECT received_by FROM visit WHERE id = :id")
                .bind("id", r.visitId()).mapTo(Long.class).one());
        assertEquals(t.staff(TestOffice.FRONT_DESK).id(), receivedBy);
    }

    // ---- a returning household ---------------------------------------------------------------

    @Test
    void aReturningHouseholdIsFoundByItsPhoneInAnotherSpelling() {
        Registration first = t.register(t.walkIn(LI_MING).phone("13812345678"));
        t.clock.advance(Duration.ofDays(14));

        Registration again = t.register(t.walkIn(LI_MING).phone("+86 138-1234-5678").child(first.studentId()));

        assertFalse(again.newHousehold());
        assertFalse(again.newStudent());
        assertEquals(first.householdId(), again.householdId());
        assertEquals(first.studentId(), again.studentId());
        assertEquals(1, t.count("household"));
        assertEquals(1, t.count("student"));
        assertEquals(1, t.count("phone"));
        assertEquals(2, t.count("visit"));
        assertEquals(2, t.visits.countFor(first.householdId()));
        assertEquals(t.clock.localNow(), t.household(first.householdId()).household().lastContactAt());
    }

    @Test
    void aReturningHouseholdKeepsItsOwnerWhenAnotherCounselorReceivesIt() {
        Registration first = t.register(t.walkIn(LI_MING));

        Registration again = t.register(t.walkIn(ZHANG_WEI).phone("0086 138 1234 5678").child(first.studentId()));

        assertTrue(again.ownerKept());
        assertEquals(t.staff(LI_MING).id(), again.ownerId());
        assertEquals(LI_MING, again.ownerName());
        assertEquals(t.staff(LI_MING).id(), t.household(first.householdId()).household().ownerId());
        assertEquals(ZHANG_WEI, visitsOf(first.householdId()).get(0).counselorName(),
                "the visit itself goes to the counselor who received it");
        assertTrue(t.families.history(first.householdId()).stream().noneMatch(c -> c.field().equals("owner")));
    }

    @Test
    void theOwnerReceivingTheirHouseholdAgainIsNoTakeOver() {
        Registration first = t.register(t.walkIn(LI_MING));

        Registration again = t.register(t.walkIn(LI_MING).child(first.studentId()));

        assertFalse(again.ownerKept());
        assertEquals(LI_MING, again.ownerName());
    }

    @Test
    void aHouseholdOfACounselorWhoLeftGoesToTheOneReceivingIt() {
        Registration first = t.register(t.walkIn(LI_MING));
        t.deactivate(LI_MING);

        Registration again = t.register(t.walkIn(ZHANG_WEI).child(first.studentId()));

        assertFalse(again.ownerKept());
        assertEquals(ZHANG_WEI, again.ownerName());
        assertEquals(t.staff(ZHANG_WEI).id(), t.household(first.householdId()).household().ownerId());
        Change change = t.families.history(first.householdId()).stream().filter(c -> c.field().equals("owner"))
                .findFirst().orElseThrow();
        assertEquals(LI_MING, change.before());
        assertEquals(ZHANG_WEI, change.after());
        assertEquals(TestOffice.FRONT_DESK, change.staffName());
    }

    @Test
    void aReturningVisitUpdatesTheStudentsDetailsButNotTheHouseholdsSource() {
        Registration first = t.register(t.walkIn(LI_MING).channel(Channel.MARKETING).school("实验中学"));

        t.register(t.walkIn(LI_MING).channel(Channel.INVITED).child(first.studentId()).school("第一中学")
                .student("张子晗"));

        HouseholdCard card = t.household(first.householdId());
        assertEquals(List.of("张子晗"), names(card));
        assertEquals("第一中学", card.students().get(0).school());
        assertEquals(Channel.MARKETING, card.household().channel());
        assertEquals(Channel.INVITED, visitsOf(first.householdId()).get(0).channel(), "the visit has its own channel");
    }

    @Test
    void whatTheDeskLeavesBlankKeepsWhatTheOfficeKnew() {
        Registration first = t.register(t.walkIn(LI_MING).school("实验中学").parent("王丽")
                .grade(Grade.J2).gender(Gender.FEMALE).relation(Relation.MOTHER));

        t.register(t.walkIn(LI_MING).child(first.studentId()).school("").parent("").grade(Grade.UNKNOWN)
                .gender(Gender.UNKNOWN).relation(Relation.UNKNOWN));

        HouseholdCard card = t.household(first.householdId());
        Student s = card.students().get(0);
        assertEquals("实验中学", s.school());
        assertEquals(Grade.J2, s.grade());
        assertEquals(Gender.FEMALE, s.gender());
        assertEquals("王丽", card.mainContact().name());
        assertEquals(Relation.MOTHER, card.mainContact().relation());
        assertEquals(1, t.count("contact"));
    }

    @Test
    void aParentNameTypedForAKnownNumberIsStoredOnItsContact() {
        Registration first = t.register(t.walkIn(LI_MING).parent("").relation(Relation.UNKNOWN));

        t.register(t.walkIn(LI_MING).child(first.studentId()).parent("王丽").relation(Relation.MOTHER));

        Contact c = t.household(first.householdId()).mainContact();
        assertEquals("王丽", c.name());
        assertEquals(Relation.MOTHER, c.relation());
        assertEquals(1, t.count("contact"));
    }

    // ---- the second child --------------------------------------------------------------------

    @Test
    void aSecondChildOfAKnownNumberJoinsTheSameHouseholdAndTheFirstStaysAsItWas() {
        Registration first = t.register(t.walkIn(LI_MING).phone("138 1234 5678").student("张子涵").grade(Grade.J2)
                .school("实验中学").purpose("数学提分"));
        Student before = t.student(first);
        t.clock.advance(Duration.ofDays(3));

        // The mother comes back with her younger son: the desk picks "new child" in the student box.
        Registration second = t.register(t.walkIn(LI_MING).phone("13812345678").newChild().student("张子轩")
                .gender(Gender.MALE).grade(Grade.P3).school("实验小学").purpose("英语启蒙"));

        assertFalse(second.newHousehold());
        assertTrue(second.newStudent());
        assertEquals(first.householdId(), second.householdId());
        assertTrue(second.studentId() != first.studentId());
        HouseholdCard card = t.household("13812345678");
        assertEquals(List.of("张子涵", "张子轩"), names(card));
        assertEquals(before, card.student(first.studentId()), "the first child's name, grade and school are unchanged");
        Student added = card.student(second.studentId());
        assertEquals(Gender.MALE, added.gender());
        assertEquals(Grade.P3, added.grade());
        assertEquals("实验小学", added.school());
        assertEquals(Stage.VISITED, added.stage());
        assertEquals(1, t.count("household"));
        assertEquals(1, t.count("contact"), "the same mother");
        assertEquals(1, t.count("phone"));

        List<VisitRow> visits = visitsOf(first.householdId());
        assertEquals(List.of("张子轩", "张子涵"), visits.stream().map(VisitRow::studentNames).toList());
        assertEquals(List.of("英语启蒙", "数学提分"), visits.stream().map(VisitRow::purpose).toList());
        assertEquals(List.of(first.studentId()), visits.get(1).studentIds(), "the first child's visit stays theirs");
    }

    @Test
    void aNewChildTypedWithTheNameOfAChildOnRecordIsThatChildNotASecondOne() {
        Registration first = t.register(t.walkIn(LI_MING).phone("13812345678").student("张子涵").grade(Grade.J2));
        t.families.addStudent(first.householdId(), new StudentDetails("张子轩", Gender.MALE, Grade.P3, ""), null);

        // Two children on record: the student box starts on "new child" and the desk just types the name.
        Registration again = t.register(t.walkIn(LI_MING).phone("13812345678").newChild().student("张子涵 "));

        assertFalse(again.newStudent());
        assertEquals(first.studentId(), again.studentId());
        assertEquals(List.of("张子涵", "张子轩"), names(t.household("13812345678")));
        assertEquals(Grade.J2, t.household("13812345678").student(first.studentId()).grade(), "blank grade kept");
    }

    @Test
    void aBrotherWhoCameTooIsNamedByTheVisit() {
        Registration first = t.register(t.walkIn(LI_MING).student("张子涵"));
        Student brother = t.families.addStudent(first.householdId(),
                new StudentDetails("张子轩", Gender.MALE, Grade.P3, ""), null);

        Registration again = t.register(t.walkIn(LI_MING).child(first.studentId()).alsoCame(brother.id()));

        VisitRow row = t.visits.visitsOf(first.householdId()).get(0);
        assertEquals(again.visitId(), row.visitId());
        assertEquals(List.of(first.studentId(), brother.id()), row.studentIds());
        assertEquals("张子涵、张子轩", row.studentNames());
        assertEquals(Stage.VISITED, t.household(first.householdId()).student(brother.id()).stage());
    }

    @Test
    void aStudentOfAnotherHouseholdIsRefused() {
        Registration ours = t.register(t.walkIn(LI_MING).phone("13812345678"));
        Registration theirs = t.register(t.walkIn(LI_MING).phone("13912345678").student("李浩然"));
        Map<String, Long> before = counts();

        assertRefused("student", "error.student.unknown",
                () -> t.register(t.walkIn(LI_MING).phone("13812345678").child(theirs.studentId())));
        assertRefused("student", "error.student.unknown",
                () -> t.register(t.walkIn(LI_MING).phone("13812345678").child(ours.studentId())
                        .alsoCame(theirs.studentId())));
        assertEquals(before, counts());
    }

    // ---- the second phone --------------------------------------------------------------------

    @Test
    void aFathersNewNumberAttachedToTheHouseholdFoundByNameJoinsIt() {
        Registration first = t.register(t.walkIn(LI_MING).phone("138 1234 5678").parent("王丽"));
        HouseholdCard found = t.families.withContactNamed("王丽", 3).get(0);

        Registration r = t.register(t.walkIn(ZHANG_WEI).phone("139 1234 5678").attachTo(found.id())
                .child(first.studentId()).parent("张强").relation(Relation.FATHER).whoCame("学生和父亲"));

        assertFalse(r.newHousehold());
        assertFalse(r.newStudent());
        assertEquals(first.householdId(), r.householdId());
        assertEquals(LI_MING, r.ownerName(), "the owner does not change");
        assertTrue(r.ownerKept());
        HouseholdCard card = t.household("+86 139-1234-5678");
        assertEquals(first.householdId(), card.id(), "the new number finds the household from now on");
        assertEquals(t.staff(LI_MING).id(), card.household().ownerId());
        assertEquals(List.of("王丽", "张强"), card.contacts().stream().map(Contact::name).toList());
        Contact father = card.contactWith(Phone.parse("13912345678"));
        assertEquals(Relation.FATHER, father.relation());
        assertEquals(List.of(new Phone("13912345678")), father.phones().stream().map(ContactPhone::phone).toList());
        assertEquals(List.of("张子涵"), names(card));
        assertEquals(1, t.count("household"));
        assertEquals(List.of("学生和父亲", "学生和母亲"), visitsOf(first.householdId()).stream().map(VisitRow::whoCame)
                .toList());
    }

    @Test
    void aNewNumberIsANewHouseholdUnlessTheDeskAttachesIt() {
        Registration first = t.register(t.walkIn(LI_MING).phone("138 1234 5678").parent("王丽"));

        Registration r = t.register(t.walkIn(ZHANG_WEI).phone("139 1234 5678").parent("王丽").student("李浩然"));

        assertTrue(r.newHousehold(), "a parent's name alone never merges two households");
        assertTrue(r.householdId() != first.householdId());
        assertEquals(ZHANG_WEI, r.ownerName());
        assertEquals(2, t.count("household"));
        assertEquals(1, t.household(first.householdId()).contacts().get(0).phones().size());
        assertEquals(List.of("张子涵"), names(t.household(first.householdId())));
    }

    @Test
    void aNumberOfAnotherHouseholdCannotBeAttachedAndTheRefusalNamesItsOwner() {
        Registration ours = t.register(t.walkIn(LI_MING).phone("138 1234 5678"));
        t.register(t.walkIn(ZHANG_WEI).phone("139 1234 5678").student("李浩然").parent("陈静"));
        Map<String, Long> before = counts();

        assertRefused("phone", "error.phone.taken", () -> t.register(t.walkIn(LI_MING).phone("139-1234-5678")
                .attachTo(ours.householdId()).child(ours.studentId())), ZHANG_WEI);

        assertEquals(before, counts());
        assertTrue(t.household("13912345678").id() != ours.householdId());
    }

    @Test
    void attachingToAHouseholdThatIsNotThereIsRefused() {
        assertRefused("household", "error.household.unknown",
                () -> t.register(t.walkIn(LI_MING).phone("139 1234 5678").attachTo(999)));
        assertEquals(0, t.count("phone"));
        assertEquals(0, t.count("visit"));
    }

    // ---- who may register --------------------------------------------------------------------

    @Test
    void anUnknownOrInactiveReceiverIsRefusedAndNothingIsStored() {
        assertRefused("staff", "error.staff.unknown", () -> t.walkIns.register(t.walkIn(LI_MING).build(), 999L, true));
        long desk = t.staff(TestOffice.FRONT_DESK).id();
        t.deactivate(TestOffice.FRONT_DESK);
        assertRefused("staff", "error.staff.unknown", () -> t.walkIns.register(t.walkIn(LI_MING).build(), desk, true));

        assertEquals(0, t.count("household"));
        assertEquals(0, t.count("visit"));
    }

    @Test
    void theFrontDeskCannotConsult() {
        WalkInBuilder walkIn = WalkInBuilder.aWalkIn().counselor(t.staff(TestOffice.FRONT_DESK).id());

        assertRefused("counselor", "error.counselor.invalid", () -> t.register(walkIn));
        assertEquals(0, t.count("household"));
    }

    @Test
    void anUnknownOrInactiveCounselorIsRefused() {
        long liMing = t.staff(LI_MING).id();
        t.deactivate(LI_MING);

        assertRefused("counselor", "error.counselor.invalid", () -> t.register(WalkInBuilder.aWalkIn().counselor(999)));
        assertRefused("counselor", "error.counselor.invalid",
                () -> t.register(WalkInBuilder.aWalkIn().counselor(liMing)));
        assertEquals(0, t.count("household"));
    }

    @Test
    void aManagerMayConsult() {
        Registration r = t.register(t.walkIn(TestOffice.MANAGER));

        assertEquals(TestOffice.MANAGER, r.ownerName());
    }

    // ---- referrals ---------------------------------------------------------------------------

    @Test
    void aReferralRecordsTheReferringHousehold() {
        Registration referrer = t.register(t.walkIn(LI_MING).phone("13912345678").student("李浩然"));

        Registration r = t.register(t.walkIn(ZHANG_WEI).phone("13812345678").referredBy(referrer.householdId()));

        HouseholdCard card = t.household(r.householdId());
        assertEquals(Channel.REFERRAL, card.household().channel());
        assertEquals(referrer.householdId(), card.household().referredBy());
        assertEquals(List.of(r.householdId()), t.families.referredBy(referrer.householdId()).stream()
                .map(HouseholdCard::id).toList());
    }

    @Test
    void aReferrerMustExist() {
        WalkInBuilder walkIn = t.walkIn(LI_MING).referredBy(999);

        assertRefused("referrer", "error.referrer.unknown", () -> t.register(walkIn));
        assertEquals(0, t.count("household"));
        assertEquals(0, t.count("visit"));
    }

    @Test
    void aHouseholdCannotReferItself() {
        Registration first = t.register(t.walkIn(LI_MING).phone("13812345678"));

        assertRefused("referrer", "error.referrer.self", () -> t.register(t.walkIn(LI_MING).phone("138-1234-5678")
                .child(first.studentId()).referredBy(first.householdId())));
        assertRefused("referrer", "error.referrer.self", () -> t.register(t.walkIn(LI_MING).phone("139 1234 5678")
                .attachTo(first.householdId()).child(first.studentId()).referredBy(first.householdId())));
        assertEquals(1, t.count("visit"));
        assertEquals(1, t.count("phone"));
        assertEquals(Channel.DIRECT, t.household(first.householdId()).household().channel());
    }

    // ---- all or nothing ----------------------------------------------------------------------

    @Test
    void aFailedVisitInsertLeavesNoHouseholdBehind() {
        t.failVisitInserts();

        RuntimeException e = assertThrows(RuntimeException.class, () -> t.register(t.walkIn(LI_MING)));

        assertTrue(String.valueOf(e.getMessage()).contains("disk full"), e.getMessage());
        for (String table : WRITTEN) {
            assertEquals(0, t.count(table), table);
        }
        assertTrue(t.families.findByPhone(Phone.parse("13812345678")).isEmpty());
    }

    @Test
    void aFailedReturningVisitLeavesTheHouseholdAsItWas() {
        Registration first = t.register(t.walkIn(LI_MING).school("实验中学"));
        HouseholdCard before = t.household(first.householdId());
        Map<String, Long> counts = counts();
        t.failVisitInserts();

        assertThrows(RuntimeException.class, () -> t.register(t.walkIn(ZHANG_WEI).child(first.studentId())
                .school("第一中学")));
        assertThrows(RuntimeException.class, () -> t.register(t.walkIn(ZHANG_WEI).newChild().student("张子轩")));
        assertThrows(RuntimeException.class, () -> t.register(t.walkIn(ZHANG_WEI).phone("13912345678")
                .attachTo(first.householdId()).child(first.studentId()).parent("张强")));

        assertEquals(before, t.household(first.householdId()));
        assertEquals(counts, counts());
        assertTrue(t.families.findByPhone(Phone.parse("13912345678")).isEmpty());
    }

    // ---- the pipeline and the school year ----------------------------------------------------

    @Test
    void theStudentWhoCameMovesToVisitedAndABrotherWhoDidNotStaysNew() {
        Registration first = t.register(t.walkIn(LI_MING).student("张子涵"));
        Student brother = t.families.addStudent(first.householdId(),
                new StudentDetails("张子轩", Gender.MALE, Grade.P3, ""), null);
        t.execute("UPDATE student SET stage = 'INVITED' WHERE id = " + first.studentId());

        t.register(t.walkIn(LI_MING).child(first.studentId()));

        HouseholdCard card = t.household(first.householdId());
        assertEquals(Stage.VISITED, card.student(first.studentId()).stage());
        assertEquals(Stage.NEW, card.student(brother.id()).stage());
    }

    @Test
    void aSignedStudentStaysSignedWhenTheyVisitAgain() {
        Registration first = t.register(t.walkIn(LI_MING));
        t.execute("UPDATE student SET stage = 'SIGNED' WHERE id = " + first.studentId());

        t.register(t.walkIn(LI_MING).child(first.studentId()));

        assertEquals(Stage.SIGNED, t.student(first).stage());
    }

    @Test
    void theGradeMovesOnWithTheSchoolYear() {
        t.clock.set(LocalDateTime.of(2026, 6, 30, 15, 0));
        Registration r = t.register(t.walkIn(LI_MING).grade(Grade.P5));
        assertEquals(Grade.P5, t.student(r).gradeOn(LocalDate.now(t.clock)));

        t.clock.set(LocalDateTime.of(2026, 9, 1, 9, 0));

        assertEquals(Grade.P6, t.student(r).gradeOn(LocalDate.now(t.clock)), "a new school year began on 1 September");

        // The desk leaves the grade as the form shows it: it keeps moving on with the school years.
        t.register(t.walkIn(LI_MING).child(r.studentId()).grade(Grade.UNKNOWN));
        t.clock.set(LocalDateTime.of(2027, 9, 1, 9, 0));
        assertEquals(Grade.J1, t.student(r).gradeOn(LocalDate.now(t.clock)));
    }
}
