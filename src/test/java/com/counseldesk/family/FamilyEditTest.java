package com.counseldesk.family;

import static com.counseldesk.family.FamilyFixture.COUNSELOR;
import static com.counseldesk.family.FamilyFixture.FRONT_DESK;
import static com.counseldesk.family.FamilyFixture.MANAGER;
import static com.counseldesk.family.FamilyFixture.OTHER_COUNSELOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.counseldesk.common.Phone;
import com.counseldesk.common.ValidationException;
import com.counseldesk.walkin.Registration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correcting a household's records on its family page: every change is kept with who, when, before and after. */
class FamilyEditTest {
    @TempDir
    Path dir;
    private FamilyFixture f;
    private FamilyService families;
    private Registration zhang;
    private LocalDateTime later;

    @BeforeEach
    void open() {
        f = FamilyFixture.typical(dir);
        families = f.families;
        zhang = f.register("138 1234 5678", "张子涵", "王丽", COUNSELOR);
        f.clock.advance(Duration.ofHours(1));
        later = f.clock.localNow();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long staffId(String name) {
        return f.staff(name).id();
    }

    private Contact mother() {
        return f.card(zhang.householdId()).mainContact();
    }

    /** The household's history as (entity, field, before, after, who) rows, newest first. */
    private List<List<String>> history(long householdId) {
        return families.history(householdId).stream()
                .map(c -> Arrays.asList(c.entity(), c.field(), c.before(), c.after(), c.staffName()))
                .toList();
    }

    @Test
    void aNewHouseholdHasNoHistoryYet() {
        assertEquals(List.of(), families.history(zhang.householdId()));
    }

    @Test
    void aStudentEditKeepsEachChangedFieldWithWhoAndWhen() {
        families.updateStudent(zhang.studentId(), new StudentDetails("张梓涵", Gender.FEMALE, Grade.J3, "实验中学"),
                staffId(COUNSELOR));

        Student s = f.card(zhang.householdId()).student(zhang.studentId());
        assertEquals("张梓涵", s.name());
        assertEquals(Grade.J3, s.gradeOn(later.toLocalDate()));
        List<Change> changes = families.history(zhang.householdId());
        assertEquals(2, changes.size(), "gender and school did not change: " + changes);
        for (Change c : changes) {
            assertEquals("student", c.entity());
            assertEquals(zhang.studentId(), c.entityId());
            assertEquals(COUNSELOR, c.staffName());
            assertEquals(later, c.at());
            assertEquals("", c.reason());
        }
        assertTrue(history(zhang.householdId()).containsAll(List.of(
                List.of("student", "name", "张子涵", "张梓涵", COUNSELOR),
                List.of("student", "grade", "J2", "J3", COUNSELOR))));
    }

    @Test
    void aContactEditKeepsNameAndRelationChanges() {
        families.updateContact(mother().id(), new ContactDetails("王莉", Relation.GRANDMOTHER), staffId(FRONT_DESK));

        Contact c = mother();
        assertEquals("王莉", c.name());
        assertEquals(Relation.GRANDMOTHER, c.relation());
        assertEquals(List.of(List.of("contact", "name", "王丽", "王莉", FRONT_DESK),
                List.of("contact", "relation", "MOTHER", "GRANDMOTHER", FRONT_DESK)),
                history(zhang.householdId()).stream().sorted((a, b) -> a.get(1).compareTo(b.get(1))).toList());
        assertEquals(later, families.history(zhang.householdId()).get(0).at());
        assertEquals(1, families.withContactNamed("王莉", 5).size(), "the new name finds the household");
    }

    @Test
    void savingTheSameDetailsWritesNoHistory() {
        families.updateContact(mother().id(), new ContactDetails("王丽", Relation.MOTHER), staffId(FRONT_DESK));
        families.updateStudent(zhang.studentId(), new StudentDetails("张子涵", Gender.FEMALE, Grade.J2, "实验中学"),
                staffId(FRONT_DESK));

        assertEquals(List.of(), families.history(zhang.householdId()));
    }

    @Test
    void aStudentAddedIsOnTheCardAndInTheHistory() {
        Student added = families.addStudent(zhang.householdId(),
                new StudentDetails("张小红", Gender.FEMALE, Grade.P3, ""), staffId(COUNSELOR));

        assertEquals(List.of("张子涵", "张小红"),
                f.card(zhang.householdId()).students().stream().map(Student::name).toList());
        assertEquals(Stage.NEW, added.stage());
        assertEquals(List.of(Arrays.asList("student", "added", null, "张小红", COUNSELOR)),
                history(zhang.householdId()));
    }

    @Test
    void aPhoneAddedAndRemovedIsInTheHistoryAndFreesTheNumber() {
        Contact withTwo = families.addPhoneTo(mother().id(), Phone.parse("139 0000 1111"), staffId(FRONT_DESK));

        assertEquals(List.of("13812345678", "13900001111"),
                withTwo.phones().stream().map(p -> p.phone().value()).toList());
        assertEquals(zhang.householdId(), families.findByPhone(Phone.parse("13900001111")).orElseThrow().id());
        ContactPhone first = withTwo.phones().get(0);
        f.clock.advance(Duration.ofMinutes(5));

        families.removePhone(first.id(), staffId(COUNSELOR));

        assertEquals(List.of("13900001111"), mother().phones().stream().map(p -> p.phone().value()).toList());
        assertTrue(families.findByPhone(Phone.parse("138 1234 5678")).isEmpty(), "the number is free again");
        assertEquals(List.of(Arrays.asList("phone", "removed", "13812345678", null, COUNSELOR),
                Arrays.asList("phone", "added", null, "13900001111", FRONT_DESK)),
                history(zhang.householdId()));
        assertEquals(2, f.count("phone"), "the number stays on record, inactive");
    }

    @Test
    void aContactAddedWithTheirNumberJoinsTheHousehold() {
        families.addPhone(zhang.householdId(), new ContactDetails("张强", Relation.FATHER), Phone.parse("13700001234"),
                staffId(FRONT_DESK));

        HouseholdCard card = f.card(zhang.householdId());
        assertEquals(List.of("王丽", "张强"), card.contacts().stream().map(Contact::name).toList());
        assertEquals("张强", card.contactWith(Phone.parse("137 0000 1234")).name());
    }

    @Test
    void aPhoneOfAnotherHouseholdIsRefusedNamingOnlyItsOwner() {
        Registration li = f.register("139 8888 7777", "李小龙", "李母", OTHER_COUNSELOR);
        long liContact = f.card(li.householdId()).mainContact().id();

        ValidationException toContact = assertThrows(ValidationException.class,
                () -> families.addPhoneTo(liContact, Phone.parse("13812345678"), staffId(OTHER_COUNSELOR)));
        ValidationException withNewContact = assertThrows(ValidationException.class,
                () -> families.addPhone(li.householdId(), new ContactDetails("李父", Relation.FATHER),
                        Phone.parse("13812345678"), staffId(OTHER_COUNSELOR)));

        for (ValidationException e : List.of(toContact, withNewContact)) {
            assertEquals(Phone.FIELD, e.field());
            assertEquals("error.phone.taken", e.messageKey());
            assertArrayEquals(new Object[] {COUNSELOR}, e.args(), "the owner only, none of the family's details");
        }
        assertEquals(1, f.card(li.householdId()).contacts().size(), "no contact was half-added");
        assertEquals(List.of(), families.history(li.householdId()));
    }

    @Test
    void aNewHouseholdWithAnotherHouseholdsNumberIsRefusedNamingItsOwner() {
        long before = f.count("household");
        NewHousehold in = new NewHousehold(Channel.DIRECT, null,
                new StudentDetails("陈晨", Gender.MALE, Grade.P5, ""), new ContactDetails("陈母", Relation.MOTHER),
                Phone.parse("+86 138-1234-5678"));

        ValidationException e = assertThrows(ValidationException.class, () -> f.db.inTransaction(
                h -> families.in(h).create(in, staffId(OTHER_COUNSELOR), Stage.NEW, staffId(FRONT_DESK))));

        assertEquals("error.phone.taken", e.messageKey());
        assertArrayEquals(new Object[] {COUNSELOR}, e.args());
        assertEquals(before, f.count("household"));
    }

    @Test
    void aNumberAnotherContactOfTheHouseholdHasIsRefused() {
        families.addPhone(zhang.householdId(), new ContactDetails("张强", Relation.FATHER), Phone.parse("13700001234"),
                staffId(FRONT_DESK));

        ValidationException e = assertThrows(ValidationException.class,
                () -> families.addPhoneTo(mother().id(), Phone.parse("13700001234"), staffId(FRONT_DESK)));

        assertEquals("error.phone.otherContact", e.messageKey());
        assertArrayEquals(new Object[] {"张强"}, e.args());
    }

    @Test
    void onlyAManagerReassignsTheOwner() {
        for (String who : List.of(COUNSELOR, OTHER_COUNSELOR, FRONT_DESK)) {
            ValidationException e = assertThrows(ValidationException.class, () -> families.reassignOwner(
                    zhang.householdId(), f.staff(OTHER_COUNSELOR), "李明离职", f.staff(who)), who);
            assertEquals("owner", e.field());
            assertEquals("error.owner.managerOnly", e.messageKey());
        }
        assertEquals(COUNSELOR, f.card(zhang.householdId()).ownerName());
        assertEquals(List.of(), families.history(zhang.householdId()));
    }

    @Test
    void aManagerReassignsWithAReasonAndTheHistoryKeepsIt() {
        HouseholdCard after = families.reassignOwner(zhang.householdId(), f.staff(OTHER_COUNSELOR), " 李明离职 ",
                f.staff(MANAGER));

        assertEquals(OTHER_COUNSELOR, after.ownerName());
        assertEquals(f.staff(OTHER_COUNSELOR).id(), after.household().ownerId());
        Change c = families.history(zhang.householdId()).get(0);
        assertEquals(List.of("household", "owner", COUNSELOR, OTHER_COUNSELOR, MANAGER),
                List.of(c.entity(), c.field(), c.before(), c.after(), c.staffName()));
        assertEquals("李明离职", c.reason());
        assertEquals(later, c.at());
    }

    @Test
    void aReassignmentNeedsAReasonAndAConsultingOwner() {
        ValidationException noReason = assertThrows(ValidationException.class, () -> families.reassignOwner(
                zhang.householdId(), f.staff(OTHER_COUNSELOR), "  ", f.staff(MANAGER)));
        assertEquals("reason", noReason.field());
        assertEquals("error.required", noReason.messageKey());

        ValidationException frontDesk = assertThrows(ValidationException.class, () -> families.reassignOwner(
                zhang.householdId(), f.staff(FRONT_DESK), "前台接手", f.staff(MANAGER)));
        assertEquals("error.counselor.invalid", frontDesk.messageKey());

        assertEquals(COUNSELOR, f.card(zhang.householdId()).ownerName());
        assertEquals(List.of(), families.history(zhang.householdId()));
    }

    @Test
    void referralsAndTheReferrerAreFoundBothWays() {
        Registration referred = f.referred("139 0000 2222", "刘洋", "刘母", OTHER_COUNSELOR, zhang.householdId());

        assertEquals(List.of(referred.householdId()),
                families.referredBy(zhang.householdId()).stream().map(HouseholdCard::id).toList());
        assertEquals(zhang.householdId(), f.card(referred.householdId()).household().referredBy());
        assertNull(f.card(zhang.householdId()).household().referredBy());
    }
}
