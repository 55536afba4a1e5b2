package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.BulkInsert;
import com.counseldesk.common.db.Database;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Households written by an import of old spreadsheets, inside the importer's one transaction: new
 * ones named by their import batch, so that the batch can be undone as a whole. Lean on purpose (no
 * card is read back per row): an import writes tens of thousands of households at once.
 */
public final class HouseholdImport {
    /** Ids in one IN list. */
    private static final int ID_CHUNK = 500;

    private final Database db;
    private final Handle handle;
    private final LocalDateTime now;
    private final Map<String, List<NameKeys.Term>> nameKeys = new HashMap<>();

    HouseholdImport(Database db, Handle handle, LocalDateTime now) {
        this.db = db;
        this.handle = handle;
        this.now = now;
    }

    /** Every active number (normal form without extension) and its household: an import looks rows up here. */
    public Map<String, Long> activeNumbers() {
        Map<String, Long> numbers = new HashMap<>();
        handle.createQuery("SELECT number, household_id FROM phone WHERE active = 1")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> numbers.put(e.getKey(), e.getValue()));
        return numbers;
    }

    private record Term(String text, long householdId, int weight) {
    }

    /** What a new household got: its id and its students' ids by name. */
    public record Created(long householdId, Map<String, Long> studentIds) {
    }

    /** A student a row brings to a household, with the row's date. */
    public record NewStudent(ImportedHousehold.Pupil pupil, LocalDateTime at) {
    }

    /** A contact with the numbers a row brings to a household, with the row's date. */
    public record NewContact(ImportedHousehold.Person person, LocalDateTime at) {
    }

    /**
     * What an import's rows bring to a household stored before it: their students, the numbers of theirs
     * that no household had (the father's beside the mother's, say), and the earliest row's date.
     */
    public record Merge(long householdId, LocalDateTime earliest, List<NewStudent> students,
            List<NewContact> contacts) {
        public Merge {
            students = List.copyOf(students);
            contacts = List.copyOf(contacts);
        }
    }

    /**
     * Writes the batch's new households with their students, contacts, numbers and search terms, each
     * table in multi-row statements (an import writes tens of thousands at once); returns what each
     * got, in order.
     */
    public List<Created> createAll(List<ImportedHousehold> list, long batchId, Long by) {
        int students = list.stream().mapToInt(h -> h.students().size()).sum();
        int contacts = list.stream().mapToInt(h -> h.contacts().size()).sum();
        int phones = list.stream().mapToInt(h -> h.contacts().stream().mapToInt(c -> c.phones().size()).sum()).sum();
        long[] householdIds = db.reserveIds(handle, "household", list.size());
        long[] studentIds = db.reserveIds(handle, "student", students);
        long[] contactIds = db.reserveIds(handle, "contact", contacts);
        long[] phoneIds = db.reserveIds(handle, "phone", phones);
        // Worked out on another core meanwhile: the inserts below mostly wait on the database.
        CompletableFuture<List<Term>> sortedTerms = CompletableFuture.supplyAsync(() -> sortedTerms(list,
                householdIds));
        // Table by table, so that every row's household (and contact) is written before it.
        BulkInsert household = new BulkInsert(handle, "household", "id", "owner_id", "channel", "referred_by",
                "district", "first_contact_at", "last_contact_at", "created_at", "created_by", "import_batch_id");
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            household.add(householdIds[i], in.ownerId(), in.channel(), null, in.district(), in.firstContact(),
                    in.lastContact(), now, by, batchId);
        }
        household.finish();
        List<Created> created = new ArrayList<>();
        BulkInsert student = new BulkInsert(handle, "student", "id", "household_id", "name", "gender", "grade",
                "grade_year", "school", "stage", "created_at");
        int s = 0;
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            Map<String, Long> byName = new HashMap<>();
            for (ImportedHousehold.Pupil pupil : in.students()) {
                StudentDetails d = pupil.details();
                long sid = studentIds[s++];
                byName.put(d.name(), sid);
                student.add(sid, householdIds[i], d.name(), d.gender(), d.grade(), pupil.gradeYear(), d.school(),
                        Stage.NEW, in.firstContact());
            }
            created.add(new Created(householdIds[i], byName));
        }
        student.finish();
        BulkInsert contact = new BulkInsert(handle, "contact", "id", "household_id", "name", "relation", "is_main",
                "created_at");
        int c = 0;
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            boolean main = true;
            for (ImportedHousehold.Person person : in.contacts()) {
                contact.add(contactIds[c++], householdIds[i], person.details().name(), person.details().relation(),
                        main, in.firstContact());
                main = false;
            }
        }
        contact.finish();
        BulkInsert phone = new BulkInsert(handle, "phone", "id", "household_id", "contact_id", "number", "extension",
                "number_rev", "is_main", "active", "created_at");
        c = 0;
        int p = 0;
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            for (ImportedHousehold.Person person : in.contacts()) {
                long cid = contactIds[c++];
                boolean main = true;
                for (Phone number : person.phones()) {
                    phone.add(phoneIds[p++], householdIds[i], cid, number.base().value(), number.extension(),
                            number.suffixKey(), main, true, in.firstContact());
                    main = false;
                }
            }
        }
        phone.finish();
        List<Term> allTerms = joined(sortedTerms);
        BulkInsert terms = new BulkInsert(handle, "search_term", "term", "household_id", "weight");
        for (Term term : allTerms) {
            terms.add(term.text(), term.householdId(), term.weight());
        }
        terms.finish();
        return created;
    }

    /** The new households' search terms, in the order of the index they are kept in (term, household). */
    private List<Term> sortedTerms(List<ImportedHousehold> list, long[] householdIds) {
        List<Term> all = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            for (SearchTerm t : terms(in.students().stream().map(x -> x.details().name()).toList(),
                    in.contacts().stream().map(x -> x.details().name()).toList())) {
                all.add(new Term(t.text(), householdIds[i], t.weight()));
            }
        }
        // A large import then writes each page of the index once.
        all.sort((a, b) -> {
            int byText = a.text().compareTo(b.text());
            return byText != 0 ? byText : Long.compare(a.householdId(), b.householdId());
        });
        return all;
    }

    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A household's search terms; each name is read once in an import, however many rows carry it. */
    private Collection<SearchTerm> terms(List<String> studentNames, List<String> contactNames) {
        return SearchTerms.of(studentNames, contactNames, name -> nameKeys.computeIfAbsent(name, NameKeys::termsOf));
    }

    /**
     * Adds to households stored before the import what their rows bring that the households lack: a
     * student of a name they do not have; a number, to the contact of the row's name when they have one,
     * else to a new contact; and moves the first contact back to the earliest row's date when that is
     * earlier. The search terms follow the new names. Each change is listed under the batch
     * ({@code import_change}), so that its undo removes exactly that. Returns each household's students'
     * ids by name (the first of a name), the added ones among them.
     */
    public Map<Long, Map<String, Long>> mergeAll(List<Merge> merges, long batchId) {
        Map<Long, Map<String, Long>> studentsByName = new HashMap<>();
        if (merges.isEmpty()) {
            return studentsByName;
        }
        Map<Long, OnRecord> records = onRecord(merges.stream().map(Merge::householdId).toList());
        List<NewStudent> students = new ArrayList<>();
        List<Long> studentHouseholds = new ArrayList<>();
        List<Holder> contacts = new ArrayList<>();
        List<NewPhone> phones = new ArrayList<>();
        for (Merge m : merges) {
            OnRecord r = records.get(m.householdId());
            for (NewStudent s : m.students()) {
                if (!r.studentIds.containsKey(s.pupil().details().name())) {
                    students.add(s);
                    studentHouseholds.add(m.householdId());
                }
            }
            for (NewContact c : m.contacts()) {
                String name = c.person().details().name();
                Holder holder = name.isEmpty() ? null : r.contacts.stream().filter(x -> x.details.name().equals(name))
                        .findFirst().orElse(null);
                if (holder == null) {
                    holder = new Holder(null, m.householdId(), c.person().details(), r.contacts.isEmpty(), c.at());
                    r.contacts.add(holder);
                    contacts.add(holder);
                }
                for (Phone number : c.person().phones()) {
                    phones.add(new NewPhone(holder, number, !holder.hasPhones, c.at()));
                    holder.hasPhones = true;
                }
            }
        }
        long[] studentIds = db.reserveIds(handle, "student", students.size());
        long[] contactIds = db.reserveIds(handle, "contact", contacts.size());
        long[] phoneIds = db.reserveIds(handle, "phone", phones.size());
        BulkInsert changes = new BulkInsert(handle, "import_change", "batch_id", "household_id", "entity",
                "entity_id", "before_value", "after_value");
        BulkInsert student = new BulkInsert(handle, "student", "id", "household_id", "name", "gender", "grade",
                "grade_year", "school", "stage", "created_at");
        Map<Long, List<String>> addedNames = new HashMap<>();
        for (int i = 0; i < students.size(); i++) {
            NewStudent s = students.get(i);
            StudentDetails d = s.pupil().details();
            long householdId = studentHouseholds.get(i);
            student.add(studentIds[i], householdId, d.name(), d.gender(), d.grade(), s.pupil().gradeYear(), d.school(),
                    Stage.NEW, s.at());
            changes.add(batchId, householdId, "student", studentIds[i], null, null);
            records.get(householdId).studentIds.put(d.name(), studentIds[i]);
            addedNames.computeIfAbsent(householdId, k -> new ArrayList<>()).add(d.name());
        }
        student.finish();
        BulkInsert contact = new BulkInsert(handle, "contact", "id", "household_id", "name", "relation", "is_main",
                "created_at");
        Map<Long, List<String>> addedContactNames = new HashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            Holder c = contacts.get(i);
            c.id = contactIds[i];
            contact.add(c.id, c.householdId, c.details.name(), c.details.relation(), c.main, c.at);
            changes.add(batchId, c.householdId, "contact", c.id, null, null);
            addedContactNames.computeIfAbsent(c.householdId, k -> new ArrayList<>()).add(c.details.name());
        }
        contact.finish();
        BulkInsert phone = new BulkInsert(handle, "phone", "id", "household_id", "contact_id", "number", "extension",
                "number_rev", "is_main", "active", "created_at");
        for (int i = 0; i < phones.size(); i++) {
            NewPhone p = phones.get(i);
            phone.add(phoneIds[i], p.holder.householdId, p.holder.id, p.number.base().value(), p.number.extension(),
                    p.number.suffixKey(), p.main, true, p.at);
            changes.add(batchId, p.holder.householdId, "phone", phoneIds[i], null, null);
        }
        phone.finish();
        PreparedBatch firstContact = handle.prepareBatch("UPDATE household SET first_contact_at = :at WHERE id = :id");
        Map<Long, Names> renamed = new HashMap<>();
        for (Merge m : merges) {
            OnRecord r = records.get(m.householdId());
            if (m.earliest().isBefore(r.firstContact)) {
                firstContact.bind("at", m.earliest()).bind("id", m.householdId()).add();
                changes.add(batchId, m.householdId(), "first_contact", m.householdId(), r.firstContact, m.earliest());
            }
            List<String> newStudents = addedNames.getOrDefault(m.householdId(), List.of());
            List<String> newContacts = addedContactNames.getOrDefault(m.householdId(), List.of());
            if (!newStudents.isEmpty() || !newContacts.isEmpty()) {
                renamed.put(m.householdId(), new Names(r.studentNames, r.contactNames,
                        concat(r.studentNames, newStudents), concat(r.contactNames, newContacts)));
            }
            studentsByName.put(m.householdId(), r.studentIds);
        }
        if (firstContact.size() > 0) {
            firstContact.execute();
        }
        changes.finish();
        reindex(renamed);
        return studentsByName;
    }

    /**
     * Removes what the batch added: the households it created, with their students, contacts, numbers,
     * search terms and history; and on households stored before it, the students, contacts and numbers
     * it added, putting back the first contact it moved. Their visits and calls must be gone first (their
     * features remove them); anything else still pointing at what it added makes the database refuse,
     * and the caller's transaction rolls back.
     */
    public int removeBatch(long batchId) {
        removeChanges(batchId);
        String mine = "(SELECT id FROM household WHERE import_batch_id = :batch)";
        for (String table : List.of("search_term", "change_log", "phone", "contact", "student")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE household_id IN " + mine).bind("batch", batchId)
                    .execute();
        }
        return handle.createUpdate("DELETE FROM household WHERE import_batch_id = :batch").bind("batch", batchId)
                .execute();
    }

    private void removeChanges(long batchId) {
        record Change(long householdId, String entity, long entityId, String before) {
        }
        List<Change> changes = handle.createQuery("SELECT household_id, entity, entity_id, before_value FROM"
                + " import_change WHERE batch_id = :batch ORDER BY id").bind("batch", batchId)
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
        if (changes.isEmpty()) {
            return;
        }
        Set<Long> removed = new HashSet<>();
        Set<Long> households = new LinkedHashSet<>();
        for (Change c : changes) {
            if (!c.entity().equals("first_contact")) {
                removed.add(c.entityId());
                households.add(c.householdId());
            }
        }
        Map<Long, OnRecord> records = onRecord(List.copyOf(households));
        for (String entity : List.of("phone", "contact", "student")) {
            List<Long> ids = changes.stream().filter(c -> c.entity().equals(entity)).map(Change::entityId).toList();
            for (List<Long> chunk : chunks(ids)) {
                handle.createUpdate("DELETE FROM " + entity + " WHERE id IN (<ids>)").bindList("ids", chunk).execute();
            }
        }
        PreparedBatch firstContact = handle.prepareBatch("UPDATE household SET first_contact_at = :at WHERE id = :id");
        for (Change c : changes) {
            if (c.entity().equals("first_contact")) {
                firstContact.bind("at", c.before()).bind("id", c.householdId()).add();
            }
        }
        if (firstContact.size() > 0) {
            firstContact.execute();
        }
        Map<Long, Names> renamed = new HashMap<>();
        records.forEach((id, r) -> renamed.put(id, new Names(r.studentNames, r.contactNames,
                r.namesOf(r.students, removed), r.namesOf(r.contactRows, removed))));
        reindex(renamed);
        handle.createUpdate("DELETE FROM import_change WHERE batch_id = :batch").bind("batch", batchId).execute();
    }

    /** A household's names before and after a change, for its search terms. */
    private record Names(List<String> studentsBefore, List<String> contactsBefore, List<String> students,
            List<String> contacts) {
    }

    /** Replaces the search terms of the names before by those of the names after. */
    private void reindex(Map<Long, Names> households) {
        PreparedBatch delete = handle.prepareBatch("DELETE FROM search_term WHERE term = :text AND household_id = :h");
        BulkInsert insert = new BulkInsert(handle, "search_term", "term", "household_id", "weight");
        for (Map.Entry<Long, Names> e : households.entrySet()) {
            Names n = e.getValue();
            Collection<SearchTerm> before = terms(n.studentsBefore(), n.contactsBefore());
            Collection<SearchTerm> after = terms(n.students(), n.contacts());
            Set<SearchTerm> added = new LinkedHashSet<>(after);
            added.removeAll(before);
            Set<String> gone = new LinkedHashSet<>();
            before.stream().filter(t -> !after.contains(t)).forEach(t -> gone.add(t.text()));
            // A term whose weight changes is written anew.
            added.forEach(t -> gone.add(t.text()));
            for (String text : gone) {
                delete.bind("text", text).bind("h", e.getKey()).add();
            }
            for (SearchTerm t : added) {
                insert.add(t.text(), e.getKey(), t.weight());
            }
        }
        if (delete.size() > 0) {
            delete.execute();
        }
        insert.finish();
    }

    /** What the records of stored households hold: their first contact, students and contacts. */
    private Map<Long, OnRecord> onRecord(List<Long> householdIds) {
        Map<Long, OnRecord> records = new LinkedHashMap<>();
        householdIds.forEach(id -> records.put(id, new OnRecord()));
        for (List<Long> chunk : chunks(householdIds)) {
            handle.createQuery("SELECT id, first_contact_at FROM household WHERE id IN (<ids>)").bindList("ids", chunk)
                    .map((rs, ctx) -> {
                        records.get(rs.getLong(1)).firstContact = LocalDateTime.parse(rs.getString(2));
                        return null;
                    }).list();
            handle.createQuery("SELECT id, household_id, name FROM student WHERE household_id IN (<ids>) ORDER BY id")
                    .bindList("ids", chunk).map((rs, ctx) -> {
                        OnRecord r = records.get(rs.getLong(2));
                        r.studentIds.putIfAbsent(rs.getString(3), rs.getLong(1));
                        r.students.add(Map.entry(rs.getLong(1), rs.getString(3)));
                        r.studentNames.add(rs.getString(3));
                        return null;
                    }).list();
            handle.createQuery("SELECT c.id, c.household_id, c.name, c.relation, EXISTS (SELECT 1 FROM phone p WHERE"
                    + " p.contact_id = c.id AND p.active = 1) AS numbered FROM contact c WHERE c.household_id IN (<ids>)"
                    + " ORDER BY c.is_main DESC, c.id").bindList("ids", chunk).map((rs, ctx) -> {
                        OnRecord r = records.get(rs.getLong(2));
                        Holder h = new Holder(rs.getLong(1), rs.getLong(2),
                                new ContactDetails(rs.getString(3), Relation.valueOf(rs.getString(4))), false, null);
                        h.hasPhones = rs.getBoolean(5);
                        r.contacts.add(h);
                        r.contactRows.add(Map.entry(rs.getLong(1), rs.getString(3)));
                        r.contactNames.add(rs.getString(3));
                        return null;
                    }).list();
        }
        return records;
    }

    /** A stored household as its records stand. */
    private static final class OnRecord {
        private LocalDateTime firstContact;
        /** The first student of each name. */
        private final Map<String, Long> studentIds = new HashMap<>();
        private final List<Map.Entry<Long, String>> students = new ArrayList<>();
        private final List<String> studentNames = new ArrayList<>();
        private final List<Holder> contacts = new ArrayList<>();
        private final List<Map.Entry<Long, String>> contactRows = new ArrayList<>();
        private final List<String> contactNames = new ArrayList<>();

        List<String> namesOf(List<Map.Entry<Long, String>> rows, Set<Long> without) {
            return rows.stream().filter(r -> !without.contains(r.getKey())).map(Map.Entry::getValue).toList();
        }
    }

    /** A contact a number goes to: one on record, or one the import adds (its id given when written). */
    private static final class Holder {
        private Long id;
        private final long householdId;
        private final ContactDetails details;
        private final boolean main;
        private final LocalDateTime at;
        private boolean hasPhones;

        Holder(Long id, long householdId, ContactDetails details, boolean main, LocalDateTime at) {
            this.id = id;
            this.householdId = householdId;
            this.details = details;
            this.main = main;
            this.at = at;
        }
    }

    private record NewPhone(Holder holder, Phone number, boolean main, LocalDateTime at) {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Ids in lists short enough for an IN (...) on both stores. */
    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += ID_CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + ID_CHUNK)));
        }
        return out;
    }
}
