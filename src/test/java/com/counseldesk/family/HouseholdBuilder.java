package com.counseldesk.family;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A household for the search tests, written through the family records as the desk writes one:
 * students, contacts with their phones, owner, channel, stage and the days of first and last contact.
 */
public final class HouseholdBuilder {
    private record Person(String name, Relation relation, String phone) {
    }

    private final DirectoryOffice office;
    private final List<String> students = new ArrayList<>();
    private final List<Person> contacts = new ArrayList<>();
    private Channel channel = Channel.DIRECT;
    private Stage stage = Stage.NEW;
    private Grade grade = Grade.J2;
    private String owner = DirectoryOffice.COUNSELOR;
    private LocalDateTime firstContact = LocalDateTime.of(2026, 11, 1, 10, 0);
    private LocalDateTime lastContact;

    HouseholdBuilder(DirectoryOffice office, String student) {
        this.office = office;
        this.students.add(student);
    }

    public HouseholdBuilder student(String name) {
        students.add(name);
        return this;
    }

    /** A contact with a phone (a new number when {@code phone} is null). */
    public HouseholdBuilder contact(String name, Relation relation, String phone) {
        contacts.add(new Person(name, relation, phone == null ? office.newPhone() : phone));
        return this;
    }

    public HouseholdBuilder contact(String name) {
        return contact(name, Relation.MOTHER, null);
    }

    public HouseholdBuilder phone(String phone) {
        return contact("", Relation.UNKNOWN, phone);
    }

    public HouseholdBuilder channel(Channel value) {
        channel = value;
        return this;
    }

    public HouseholdBuilder stage(Stage value) {
        stage = value;
        return this;
    }

    public HouseholdBuilder grade(Grade value) {
        grade = value;
        return this;
    }

    /** The counselor who owns it, or null for none. */
    public HouseholdBuilder owner(String counselor) {
        owner = counselor;
        return this;
    }

    public HouseholdBuilder firstContact(LocalDateTime at) {
        firstContact = at;
        return this;
    }

    public HouseholdBuilder lastContact(LocalDateTime at) {
        lastContact = at;
        return this;
    }

    /** Writes it; returns its id. */
    public long create() {
        LocalDateTime now = office.clock.localNow();
        office.clock.set(firstContact);
        try {
            return office.db.inTransaction(h -> {
                Households households = office.families.in(h);
                Person first = contacts.isEmpty() ? new Person("", Relation.UNKNOWN, office.newPhone()) : contacts.get(0);
                Long ownerId = owner == null ? null : office.staffId(owner);
                long id = households.create(new NewHousehold(channel, null, details(students.get(0)),
                        new ContactDetails(first.name(), first.relation()), phone(first)), ownerId, stage, null).id();
                for (String s : students.subList(1, students.size())) {
                    households.addStudent(id, details(s), stage, null);
                }
                for (Person c : contacts.subList(Math.min(1, contacts.size()), contacts.size())) {
                    households.addPhone(id, new ContactDetails(c.name(), c.relation()), phone(c), null);
                }
                if (lastContact != null) {
                    h.attach(HouseholdDao.class).touchLastContact(id, lastContact);
                }
                return id;
            });
        } finally {
            office.clock.set(now);
        }
    }

    private StudentDetails details(String name) {
        return new StudentDetails(name, Gender.UNKNOWN, grade, "");
    }

    private static Phone phone(Person p) {
        return Phone.parse(p.phone());
    }
}
