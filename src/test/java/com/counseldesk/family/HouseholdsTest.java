package com.counseldesk.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.testutil.TestOffice;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The family store on a real database file: households with their students, contacts and phones. */
class HouseholdsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    @TempDir
    Path dir;
    private TestOffice t;
    private FamilyService families;
    private long liMing;
    private long desk;

    @BeforeEach
    void open() {
        t = TestOffice.typical(dir);
        families = t.families;
        liMing = t.staff(TestOffice.COUNSELOR).id();
        desk = t.staff(TestOffice.FRONT_DESK).id();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private <R> R inTransaction(Function<Households, R> work) {
        return t.db.inTransaction(h -> work.apply(families.in(h)));
    }

    private HouseholdCard create(String student, String parent, String phone, Long owner) {
        NewHousehold in = new NewHousehold(Channel.MARKETING, null,
                new StudentDetails(student, Gender.MALE, Grade.P5, "育才小学"),
                new ContactDetails(parent, Relation.MOTHER), Phone.parse(phone));
        return inTransaction(h -> h.create(in, owner, Stage.VISITED, desk));
    }

    private HouseholdCard create(String student, String phone) {
        return create(student, "陈静", phone, liMing);
    }

    private static void assertRefused(String field, String key, Runnable action, Object... args) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field(), "field");
        assertEquals(key, e.messageKey(), "message key");
        if (args.length > 0) {
            assertArrayEquals(args, e.args(), "arguments");
        }
    }

    @Test
    void aNewHouseholdReadsBackWithItsStudentContactAndPhone() {
        HouseholdCard created = create("欧阳娜娜", "Anna-Lena O'Brien", "010-6234 5678 转 12", liMing);

        HouseholdCard card = families.card(created.id()).orElseThrow();

        assertEquals(created, card);
        Household h = card.household();
        assertEquals(liMing, h.ownerId());
        assertEquals(Channel.MARKETING, h.channel());
        assertNull(h.referredBy());
        assertEquals(NOW, h.firstContactAt());
        assertEquals(NOW, h.createdAt());
        assertNull(h.lastContactAt(), "no visit yet");
        assertEquals(desk, h.createdBy());
        assertEquals(TestOffice.COUNSELOR, card.ownerName());
        assertTrue(card.ownerActive());

        Student s = card.students().get(0);
        assertEquals(List.of("欧阳娜娜"), card.students().stream().map(Student::name).toList());
        assertEquals(Gender.MALE, s.gender());
        assertEquals(Grade.P5, s.grade());
        assertEquals(2026, s.gradeYear(), "the school year that began on 1 September 2026");
        assertEquals("育才小学", s.school());
        assertEquals(Stage.VISITED, s.stage());

        Contact parent = card.mainContact();
        assertEquals("Anna-Lena O'Brien", parent.name());
        assertEquals(Relation.MOTHER, parent.relation());
        assertTrue(parent.main());
        assertEquals(new Phone("01062345678#12"), card.mainPhone().phone());
        Map<String, Object> stored = t.db.read(h2 -> h2.createQuery(
                "SELECT number, extension, number_rev FROM phone").mapToMap().one());
        assertEquals("01062345678", stored.get("number"));
        assertEquals("12", stored.get("extension"));
        assertEquals("87654326010", stored.get("number_rev"), "the reversed digits, for the last-digits search");
    }

    @Test
    void timesAreStoredAsIsoTextToTheSecond() {
        t.clock.set(LocalDateTime.of(2026, 11, 27, 10, 15, 42, 987_000_000));

        long id = create("张子涵", "13812345678").id();

        Map<String, Object> row = t.db.read(h -> h.createQuery(
                "SELECT first_contact_at, created_at FROM household WHERE id = :id").bind("id", id).mapToMap().one());
        assertEquals("2026-11-27T10:15:42", row.get("first_contact_at"));
        assertEquals("2026-11-27T10:15:42", row.get("created_at"));
    }

    @Test
    void aHouseholdIsFoundByAnyOfItsNumbersInAnySpelling() {
        long id = create("张子涵", "王丽", "13812345678", liMing).id();
        families.addPhone(id, new ContactDetails("张强", Relation.FATHER), Phone.parse("139 1234 5678"), desk);
        families.addPhone(id, new ContactDetails("王丽", Relation.MOTHER), Phone.parse("0571-8765 4321 转 123"), desk);

        for (String typed : List.of("13812345678", "+86 138-1234-5678", "0086 138 1234 5678", "13912345678",
                "0571 8765 4321", "0571-87654321-123", "+86 571 8765 4321 分机 9")) {
            assertEquals(id, families.findByPhone(Phone.parse(typed)).orElseThrow().id(), typed);
        }
        assertTrue(families.findByPhone(Phone.parse("13812345679")).isEmpty());
        assertTrue(families.card(999).isEmpty());
    }

    @Test
    void aSecondChildJoinsTheSameHousehold() {
        HouseholdCard first = create("张子涵", "13812345678");

        Student second = families.addStudent(first.id(), new StudentDetails("张子轩", Gender.MALE, Grade.P3, "实验小学"),
                desk);

        HouseholdCard card = t.household("+86 138 1234 5678");
        assertEquals(first.id(), card.id());
        assertEquals(List.of("张子涵", "张子轩"), card.students().stream().map(Student::name).toList());
        assertEquals("张子涵、张子轩", card.studentNames());
        assertEquals(second, card.student(second.id()));
        assertEquals(Stage.NEW, second.stage(), "a child not yet seen is a new lead");
        assertEquals(first.students().get(0), card.students().get(0), "the first child is unchanged");
        assertEquals(1, t.count("household"));
        assertEquals(2, t.count("student"));
        assertEquals(1, t.count("phone"));
        Change added = families.history(first.id()).get(0);
        assertEquals("student", added.entity());
        assertEquals("added", added.field());
        assertEquals("张子轩", added.after());
        assertEquals(TestOffice.FRONT_DESK, added.staffName());
    }

    @Test
    void aFathersNumberIsANewContactAndASecondNumberOfTheSameParentStaysWithThem() {
        long id = create("张子涵", "王丽", "13812345678", liMing).id();

        Contact father = families.addPhone(id, new ContactDetails("张强", Relation.FATHER), Phone.parse("13912345678"),
                desk);
        Contact mother = families.addPhone(id, new ContactDetails("王丽", Relation.UNKNOWN),
                Phone.parse("010 6234 5678"), desk);

        HouseholdCard card = t.household(id);
        assertEquals(List.of("王丽", "张强"), card.contacts().stream().map(Contact::name).toList(), "main contact first");
        assertEquals("张强", father.name());
        assertEquals(Relation.FATHER, father.relation());
        assertFalse(father.main());
        assertEquals(List.of(new Phone("13912345678")), father.phones().stream().map(ContactPhone::phone).toList());
        assertEquals(card.mainContact().id(), mother.id());
        assertEquals(List.of(new Phone("13812345678"), new Phone("01062345678")),
                mother.phones().stream().map(ContactPhone::phone).toList());
        assertEquals(new Phone("13812345678"), card.mainPhone().phone(), "the first number stays the main one");
        assertEquals(mother.id(), card.contactWith(Phone.parse("010-62345678")).id());
        assertEquals(father.id(), card.contactWith(Phone.parse("139 1234 5678")).id());
        assertEquals(3, t.count("phone"));
    }

    @Test
    void addingANumberTheHouseholdAlreadyHasAddsNothing() {
        long id = create("张子涵", "13812345678").id();

        Contact same = families.addPhone(id, new ContactDetails("陈静", Relation.MOTHER), Phone.parse("+86 13812345678"),
                desk);

        assertEquals(t.household(id).mainContact(), same);
        assertEquals(1, t.count("phone"));
        assertEquals(1, t.count("contact"));
    }

    @Test
    void anActiveNumberBelongsToOneHousehold() {
        HouseholdCard first = create("张子涵", "13812345678");
        HouseholdCard otherCard = create("李浩然", "13912345678");
        long other = otherCard.id();

        assertRefused("phone", "error.phone.taken", () -> create("另一个孩子", "+86 138-1234-5678"),
                TestOffice.COUNSELOR);
        assertRefused("phone", "error.phone.taken", () -> families.addPhone(other, new ContactDetails("", null),
                Phone.parse("138 1234 5678 转 8"), desk), TestOffice.COUNSELOR);
        assertThrows(UnableToExecuteStatementException.class, () -> t.execute("INSERT INTO phone (household_id,"
                + " contact_id, number, created_at) VALUES (" + other + ", " + otherCard.mainContact().id()
                + ", '13812345678', '2026-11-27')"),
                "the file itself refuses a second active row with the number");
        assertEquals(2, t.count("household"));
        assertEquals(2, t.count("phone"));
        assertEquals(first.id(), t.household("13812345678").id());
    }

    @Test
    void aRemovedNumberFindsNothingAndMayBeGivenToAnotherHousehold() {
        HouseholdCard first = create("张子涵", "13812345678");
        families.addPhone(first.id(), new ContactDetails("张强", Relation.FATHER), Phone.parse("13912345678"), desk);
        long phoneId = first.mainPhone().id();

        families.removePhone(phoneId, desk);

        assertTrue(families.findByPhone(Phone.parse("13812345678")).isEmpty());
        assertEquals(first.id(), t.household("13912345678").id(), "the household keeps its other number");
        HouseholdCard next = create("新客户", "13812345678");
        assertEquals(next.id(), t.household("13812345678").id());
        Change removed = families.history(first.id()).get(0);
        assertEquals("phone", removed.entity());
        assertEquals("removed", removed.field());
        assertEquals("13812345678", removed.before());
        assertEquals(3, t.count("phone"), "the old row stays, inactive");
    }

    @Test
    void cardsComeInTheOrderAskedAndUnknownIdsAreLeftOut() {
        long a = create("甲", "13812345678").id();
        long b = create("乙", "13912345678").id();
        long c = create("丙", "13712345678").id();

        List<HouseholdCard> cards = t.db.read(h -> families.in(h).cards(List.of(c, a, 999L, c, b)));

        assertEquals(List.of("丙", "甲", "乙"), cards.stream().map(HouseholdCard::studentNames).toList());
        assertEquals(List.of(), t.db.read(h -> families.in(h).cards(List.of())));
    }

    @Test
    void aCardShowsAnInactiveOwnerAndAHouseholdWithoutOwner() {
        long owned = create("张子涵", "王丽", "13812345678", liMing).id();
        long unowned = create("李浩然", "陈静", "13912345678", null).id();
        t.deactivate(TestOffice.COUNSELOR);

        HouseholdCard ownedCard = t.household(owned);
        HouseholdCard unownedCard = t.household(unowned);

        assertEquals(TestOffice.COUNSELOR, ownedCard.ownerName());
        assertFalse(ownedCard.ownerActive());
        assertNull(ownedCard.activeOwnerId(), "an inactive owner does not count under the ownership rule");
        assertNull(unownedCard.ownerName());
        assertNull(unownedCard.household().ownerId());
        assertNull(unownedCard.activeOwnerId());
    }

    @Test
    void anOwnerMustBeAStaffMember() {
        assertThrows(UnableToExecuteStatementException.class, () -> create("张子涵", "王丽", "13812345678", 999L));

        assertEquals(0, t.count("household"));
        assertEquals(0, t.count("student"));
        assertEquals(0, t.count("phone"));
    }

    @Test
    void suggestionsMatchTheStartOfAnyNumberInNumberOrder() {
        long jia = create("甲", "13812345678").id();
        create("乙", "13812340000");
        create("丙", "13912345678");
        create("丁", "010-6234 5678");
        create("戊", "+852 9123 4567");
        families.addPhone(jia, new ContactDetails("甲爸", Relation.FATHER), Phone.parse("13812341111"), desk);

        assertEquals(List.of(), names(families.suggest("138")), "four digits at least");
        assertEquals(List.of("乙", "甲"), names(families.suggest("1381234")), "a household with two matches once");
        assertEquals(List.of("乙", "甲"), names(families.suggest("+86 138-1")));
        assertEquals(List.of("甲"), names(families.suggest("138 1234 5")));
        assertEquals(List.of("丁"), names(families.suggest("(010) 62")));
        assertEquals(List.of("戊"), names(families.suggest("+852 91")));
        assertEquals(List.of(), names(families.suggest("1370")));
    }

    @Test
    void suggestionsAreLimited() {
        for (int i = 0; i < 8; i++) {
            create("学生" + i, "1381234567" + i);
        }

        assertEquals(FamilyService.SUGGESTIONS, families.suggest("1381234").size());
    }

    private static List<String> names(List<HouseholdCard> cards) {
        return cards.stream().map(HouseholdCard::studentNames).toList();
    }

    @Test
    void householdsWithAContactOfTheNameAreFoundNewestFirst() {
        long older = create("张子涵", "王丽", "13812345678", liMing).id();
        long newer = create("李浩然", "王丽", "13912345678", liMing).id();
        create("陈一", "陈静", "13712345678", liMing);

        assertEquals(List.of(newer, older), families.withContactNamed(" 王丽 ", 3).stream().map(HouseholdCard::id)
                .toList());
        assertEquals(List.of(newer), families.withContactNamed("王丽", 1).stream().map(HouseholdCard::id).toList());
        assertEquals(List.of(), families.withContactNamed("", 3));
        assertEquals(List.of(), families.withContactNamed("王", 3), "the whole name, not a part of it");
    }

    @Test
    void correctionsChangeOnlyWhatTheyNameAndAreInTheHistory() {
        HouseholdCard card = create("张子涵", "王丽", "13812345678", liMing);
        Student s = card.students().get(0);

        families.updateStudent(s.id(), new StudentDetails("张子晗", Gender.FEMALE, Grade.J1, "第一中学"), desk);
        families.updateContact(card.mainContact().id(), new ContactDetails("张强", Relation.FATHER), desk);

        HouseholdCard after = t.household(card.id());
        Student corrected = after.students().get(0);
        assertEquals("张子晗", corrected.name());
        assertEquals(Gender.FEMALE, corrected.gender());
        assertEquals(Grade.J1, corrected.grade());
        assertEquals("第一中学", corrected.school());
        assertEquals(Stage.VISITED, corrected.stage(), "a correction is no visit");
        assertEquals("张强", after.mainContact().name());
        assertEquals(Relation.FATHER, after.mainContact().relation());
        assertEquals(new Phone("13812345678"), after.mainPhone().phone(), "the phone does not change");
        assertEquals(Channel.MARKETING, after.household().channel(), "the source channel does not change");
        assertEquals(liMing, after.household().ownerId());
        assertEquals(after.id(), t.household("13812345678").id());
        List<String> fields = families.history(card.id()).stream().map(c -> c.entity() + "." + c.field() + ":"
                + c.before() + "→" + c.after()).sorted().toList();
        assertEquals(List.of("contact.name:王丽→张强", "contact.relation:MOTHER→FATHER", "student.gender:MALE→FEMALE",
                "student.grade:P5→J1", "student.name:张子涵→张子晗", "student.school:育才小学→第一中学"), fields);
    }

    @Test
    void unknownRecordsAreRefusedWithTheirMessage() {
        assertRefused("student", "error.student.unknown",
                () -> families.updateStudent(999, new StudentDetails("甲", null, null, ""), desk));
        assertRefused("contact", "error.contact.unknown",
                () -> families.updateContact(999, new ContactDetails("乙", null), desk));
        assertRefused("household", "error.household.unknown",
                () -> families.addPhone(999, new ContactDetails("", null), Phone.parse("13812345678"), desk));
        assertRefused("phone", "error.phone.unknown", () -> families.removePhone(999, desk));
        assertEquals(0, t.count("phone"));
    }

    @Test
    void onlyAManagerReassignsAnOwnerAndSaysWhy() {
        long id = create("张子涵", "13812345678").id();
        var manager = t.staff(TestOffice.MANAGER);
        var zhangWei = t.staff(TestOffice.OTHER_COUNSELOR);

        assertRefused("owner", "error.owner.managerOnly",
                () -> families.reassignOwner(id, zhangWei, "李明休假", t.staff(TestOffice.COUNSELOR)));
        assertRefused("reason", "error.required", () -> families.reassignOwner(id, zhangWei, " ", manager));
        assertRefused("owner", "error.counselor.invalid",
                () -> families.reassignOwner(id, t.staff(TestOffice.FRONT_DESK), "前台", manager));
        assertEquals(liMing, t.household(id).household().ownerId());

        HouseholdCard card = families.reassignOwner(id, zhangWei, "李明休假", manager);

        assertEquals(TestOffice.OTHER_COUNSELOR, card.ownerName());
        Change change = families.history(id).get(0);
        assertEquals("owner", change.field());
        assertEquals(TestOffice.COUNSELOR, change.before());
        assertEquals(TestOffice.OTHER_COUNSELOR, change.after());
        assertEquals("李明休假", change.reason());
        assertEquals(TestOffice.MANAGER, change.staffName());
    }
}
