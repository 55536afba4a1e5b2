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
 * the owner, channel and district of its first row; its first contact is its earliest row's date. A
 * later row, into a new household or a stored one, brings the students and numbers it names that the
 * household lacks; a number already another household's stays that household's. A stored household's
 * first contact moves back to its earliest row's date when that is earlier (see {@link HouseholdImport}).
 */
final class Grouping {
    private final Map<String, Long> stored;
    /** The numbers the batch gives a household, new or stored, by normal form. */
    private final Map<String, Group> given = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<Long, Group> merges = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();

    Grouping(Map<String, Long> storedNumbers) {
        this.stored = storedNumbers;
    }

    /** A row's contact with the office: a call or a visit, to a new household or a stored one. */
    record Event(ImportRow.Readable row, long owner, Group group) {
    }

    void add(ImportRow.Readable row, long owner) {
        Group g = null;
        for (Phone p : row.phones()) {
            Long householdId = stored.get(p.base().value());
            if (householdId != null) {
                g = merges.computeIfAbsent(householdId, Group::new);
                break;
            }
        }
        for (int i = 0; g == null && i < row.phones().size(); i++) {
            g = given.get(row.phones().get(i).base().value());
        }
        if (g == null) {
            g = new Group(row, owner);
            groups.add(g);
        }
        List<Phone> fresh = row.phones().stream()
                .filter(p -> !stored.containsKey(p.base().value()) && !given.containsKey(p.base().value())).toList();
        g.merge(row, fresh);
        for (Phone p : fresh) {
            given.put(p.base().value(), g);
        }
        events.add(new Event(row, owner, g));
    }

    /** The new households, in the order of their first rows. */
    List<Group> groups() {
        return groups;
    }

    /** The stored households rows were merged into, in the order of their first rows. */
    List<Group> merges() {
        return List.copyOf(merges.values());
    }

    List<Event> events() {
        return events;
    }

    /** A household the import makes, or one stored before it that rows are merged into. */
    static final class Group {
        private final ImportRow.Readable first;
        private final long owner;
        private final Long storedId;
        private LocalDateTime earliest;
        private LocalDateTime latest;
        private final Map<String, HouseholdImport.NewStudent> students = new LinkedHashMap<>();
        private final List<HouseholdImport.NewContact> contacts = new ArrayList<>();
        HouseholdImport.Created created;
        /** A stored household's students by name, the ones the batch adds among them. */
        Map<String, Long> storedStudents = Map.of();

        /** A new household, made by this row. */
        Group(ImportRow.Readable row, long owner) {
            this.first = row;
            this.owner = owner;
            this.storedId = null;
        }

        /** A household stored before the import. */
        Group(long storedId) {
            this.first = null;
            this.owner = 0;
            this.storedId = storedId;
        }

        boolean isNew() {
            return storedId == null;
        }

        long householdId() {
            return isNew() ? created.householdId() : storedId;
        }

        /** The id of the household's student of this name (the row's own student is always there). */
        Long studentId(String name) {
            return isNew() ? created.studentIds().get(name) : storedStudents.get(name);
        }

        /** Takes in a row: its date, its student when new here, and its numbers no household has yet. */
        void merge(ImportRow.Readable row, List<Phone> fresh) {
            earliest = earliest == null || row.at().isBefore(earliest) ? row.at() : earliest;
            latest = latest == null || row.at().isAfter(latest) ? row.at() : latest;
            students.putIfAbsent(row.student().name(), new HouseholdImport.NewStudent(
                    new ImportedHousehold.Pupil(row.student(), SchoolYear.of(row.at().toLocalDate())), row.at()));
            boolean firstContact = isNew() && contacts.isEmpty();
            // Two numbers in one cell are two contacts of the household (mother and father, say); the
            // sheet's contact name goes with the first.
            for (int i = 0; i < fresh.size(); i++) {
                ContactDetails who = i == 0 && (firstContact || !row.contact().name().isEmpty()) ? row.contact()
                        : new ContactDetails("", null);
                contacts.add(new HouseholdImport.NewContact(
                        new ImportedHousehold.Person(who, List.of(fresh.get(i))), row.at()));
            }
        }

        ImportedHousehold household() {
            return new ImportedHousehold(first.channel(), owner, first.district(), earliest, latest,
                    students.values().stream().map(HouseholdImport.NewStudent::pupil).toList(),
                    contacts.stream().map(HouseholdImport.NewContact::person).toList());
        }

        HouseholdImport.Merge merge() {
            return new HouseholdImport.Merge(storedId, earliest, List.copyOf(students.values()),
                    List.copyOf(contacts));
        }
    }
}
