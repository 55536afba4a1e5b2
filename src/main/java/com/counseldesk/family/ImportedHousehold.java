package com.counseldesk.family;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A household as an old spreadsheet knew it: its students (each with the school year its grade was
 * given for), its contacts with their numbers, who owns it and when it first and last was in touch.
 */
public record ImportedHousehold(Channel channel, Long ownerId, String district, LocalDateTime firstContact,
        LocalDateTime lastContact, List<Pupil> students, List<Person> contacts) {
    public ImportedHousehold {
        district = Household.district(district);
        students = List.copyOf(students);
        contacts = List.copyOf(contacts);
    }

    /** A student with the school year in which the grade was said. */
    public record Pupil(StudentDetails details, int gradeYear) {
    }

    /** A contact with its numbers, the first being the main one. */
    public record Person(ContactDetails details, List<Phone> phones) {
        public Person {
            phones = List.copyOf(phones);
        }
    }
}
