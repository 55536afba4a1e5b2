package com.counseldesk.report.importing;

import com.counseldesk.common.Phone;
import com.counseldesk.family.ContactDetails;
import com.counseldesk.family.HouseholdImport;
import com.counseldesk.family.ImportedHousehold;
import com.counseldesk.family.SchoolYear;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which household each row belongs to, by its numbers: one stored before the import (a number the
 * office has), one an earlier row made (merged, never duplicated), or a new one. A new household takes
 * the owner, channel and district of its first row; its first contact is its earliest row's date; a
 * later row adds the students and numbers it names that the household lacks.
 */
final class Grouping {
    private final Map<String, Long> stored;
    private final Map<String, Group> made = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    Grouping(Map<String, Long> storedNumbers) {
        this.stored = storedNumbers;
    }

    /** A row's contact with the office: a call or a visit, to a stored household or a new one. */
    record Event(ImportRow.Readable row, long owner, Group group, long existing) {
    }

    void add(ImportRow.Readable row, long owner) {
        for (Phone p : row.phones()) {
            Long householdId = stored.get(p.base().value());
            if (householdId != null) {
                events.add(new Event(row, owner, null, householdId));
                return;
            }
        }
        for (Phone p : row.phones()) {
            Group g = made.get(p.base().value());
            if (g != null) {
                g.merge(row);
                row.phones().forEach(n -> made.putIfAbsent(n.base().value(), g));
                events.add(new Event(row, owner, g, 0));
                return;
            }
        }
        Group g = new Group(row, owner);
        groups.add(g);
        row.phones().forEach(n -> made.put(n.base().value(), g));
        events.add(new Event(row, owner, g, 0));
    }

    List<Group> groups() {
        return groups;
    }

    List<Event> events() {
        return events;
    }

    /** A household the import makes. */
    static final class Group {
        private final ImportRow.Readable first;
        private final long owner;
        private LocalDateTime earliest;
        private LocalDateTime latest;
        private final Map<String, ImportedHousehold.Pupil> students = new LinkedHashMap<>();
        private final List<ImportedHousehold.Person> contacts = new ArrayList<>();
        private final List<String> numbers = new ArrayList<>();
        HouseholdImport.Created created;

        Group(ImportRow.Readable row, long owner) {
            this.first = row;
            this.owner = owner;
            earliest = row.at();
            latest = row.at();
            merge(row);
        }

        void merge(ImportRow.Readable row) {
            earliest = row.at().isBefore(earliest) ? row.at() : earliest;
            latest = row.at().isAfter(latest) ? row.at() : latest;
            students.putIfAbsent(row.student().name(),
                    new ImportedHousehold.Pupil(row.student(), SchoolYear.of(row.at().toLocalDate())));
            List<Phone> fresh = row.phones().stream().filter(p -> !numbers.contains(p.base().value())).toList();
            if (fresh.isEmpty()) {
                return;
            }
            fresh.forEach(p -> numbers.add(p.base().value()));
            boolean firstContact = contacts.isEmpty();
            // Two numbers in one cell are two contacts of the household (mother and father, say); the
            // sheet's contact name goes with the first.
            for (int i = 0; i < fresh.size(); i++) {
                ContactDetails who = i == 0 && (firstContact || !row.contact().name().isEmpty()) ? row.contact()
                        : new ContactDetails("", null);
                contacts.add(new ImportedHousehold.Person(who, List.of(fresh.get(i))));
            }
        }

        ImportedHousehold household() {
            return new ImportedHousehold(first.channel(), owner, first.district(), earliest, latest,
                    List.copyOf(students.values()), contacts);
        }
    }
}
