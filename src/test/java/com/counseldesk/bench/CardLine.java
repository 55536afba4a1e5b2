package com.counseldesk.bench;

import com.counseldesk.family.Contact;
import com.counseldesk.family.ContactPhone;
import com.counseldesk.family.HouseholdCard;
import com.counseldesk.family.Student;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A row of the search list as plain text, everything the screen shows of a household: its
 * students (name, grade as given and its school year, school, stage), contacts (name, relation,
 * main) with their numbers, owner and last contact. The directory's cards and the bare SQL's rows
 * are both written this way, so that the benchmark can check that the two gave the same list.
 */
final class CardLine {
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private CardLine() {
    }

    static String household(long id, String owner, boolean ownerActive, String lastContact, List<String> students,
            List<String> contacts) {
        return id + " | " + (owner == null ? "-" : owner + (ownerActive ? "" : " (inactive)")) + " | " + lastContact
                + " | " + String.join("; ", students) + " | " + String.join("; ", contacts);
    }

    static String student(String name, String grade, int gradeYear, String school, String stage) {
        return name + " " + grade + "/" + gradeYear + " " + school + " " + stage;
    }

    static String contact(String name, String relation, boolean main, List<String> phones) {
        return name + " " + relation + (main ? "*" : "") + " " + String.join(",", phones);
    }

    static String phone(String number, String extension, boolean main) {
        return number + (extension == null || extension.isEmpty() ? "" : "#" + extension) + (main ? "*" : "");
    }

    /** The lines of the directory's cards. */
    static List<String> of(List<HouseholdCard> cards) {
        return cards.stream().map(CardLine::of).toList();
    }

    private static String of(HouseholdCard c) {
        LocalDateTime last = c.household().lastContactAt();
        return household(c.id(), c.ownerName(), c.ownerActive(), last == null ? null : STORED.format(last),
                c.students().stream().map(CardLine::of).toList(), c.contacts().stream().map(CardLine::of).toList());
    }

    private static String of(Student s) {
        return student(s.name(), s.grade().name(), s.gradeYear(), s.school(), s.stage().name());
    }

    private static String of(Contact c) {
        return contact(c.name(), c.relation().name(), c.main(), c.phones().stream().map(CardLine::of).toList());
    }

    private static String of(ContactPhone p) {
        String value = p.phone().value();
        int hash = value.indexOf('#');
        return phone(hash < 0 ? value : value.substring(0, hash), hash < 0 ? "" : value.substring(hash + 1),
                p.main());
    }
}
