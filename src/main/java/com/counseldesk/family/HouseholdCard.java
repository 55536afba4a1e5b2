package com.counseldesk.family;

import com.counseldesk.common.Phone;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A household as a screen shows it at a glance: its students, contacts with their phones, and
 * who owns it. The desk card, the search list and the family page all start from one of these.
 */
public record HouseholdCard(Household household, List<Student> students, List<Contact> contacts, String ownerName,
        boolean ownerActive) {
    public HouseholdCard {
        students = List.copyOf(students);
        contacts = List.copyOf(contacts);
    }

    public long id() {
        return household.id();
    }

    /** The owner who still counts under the ownership rule: an inactive owner's household is free. */
    public Long activeOwnerId() {
        return ownerActive ? household.ownerId() : null;
    }

    /** The contact marked main, else the first one. */
    public Contact mainContact() {
        return contacts.stream().filter(Contact::main).findFirst().orElse(contacts.isEmpty() ? null : contacts.get(0));
    }

    /** The main contact's main phone. */
    public ContactPhone mainPhone() {
        Contact c = mainContact();
        return c == null ? null : c.mainPhone();
    }

    /** The contact one of whose numbers is {@code number} (its base form). */
    public Contact contactWith(Phone number) {
        return contacts.stream()
                .filter(c -> c.phones().stream().anyMatch(p -> p.phone().base().equals(number.base())))
                .findFirst().orElse(null);
    }

    /** The students' names joined for a list: "张小明、张小红". */
    public String studentNames() {
        return students.stream().map(Student::name).collect(Collectors.joining("、"));
    }

    public Student student(long studentId) {
        return students.stream().filter(s -> s.id() == studentId).findFirst().orElse(null);
    }

    /** The student of exactly this name (names are compared as stored: trimmed, invisible characters removed). */
    public Student studentNamed(String name) {
        return students.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

}
