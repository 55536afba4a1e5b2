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
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Households written by an import of old spreadsheets, inside the importer's one transaction: new
 * ones named by their import batch, so that the batch can be undone as a whole. Lean on purpose (no
 * card is read back per row): an import writes tens of thousands of households at once.
 */
public final class HouseholdImport {
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

    /** The id of the household's student of this name, if it has one. */
    public Optional<Long> studentNamed(long householdId, String name) {
        return handle.createQuery("SELECT id FROM student WHERE household_id = :h AND name = :name ORDER BY id")
                .bind("h", householdId).bind("name", name).mapTo(Long.class).findFirst();
    }

    private record Term(String text, long householdId, int weight) {
    }

    /** What a new household got: its id and its students' ids by name. */
    public record Created(long householdId, Map<String, Long> studentIds) {
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
        List<Term> allTerms = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            for (SearchTerm t : terms(in.students().stream().map(x -> x.details().name()).toList(),
                    in.contacts().stream().map(x -> x.details().name()).toList())) {
                allTerms.add(new Term(t.text(), householdIds[i], t.weight()));
            }
        }
        // In the order of the index they are kept in: a large import then writes each page once.
        allTerms.sort((a, b) -> {
            int byText = a.text().compareTo(b.text());
            return byText != 0 ? byText : Long.compare(a.householdId(), b.householdId());
        });
        BulkInsert terms = new BulkInsert(handle, "search_term", "term", "household_id", "weight");
        for (Term term : allTerms) {
            terms.add(term.text(), term.householdId(), term.weight());
        }
        terms.finish();
        return created;
    }

    /** A household's search terms; each name is read once in an import, however many rows carry it. */
    private Collection<SearchTerm> terms(List<String> studentNames, List<String> contactNames) {
        return SearchTerms.of(studentNames, contactNames, name -> nameKeys.computeIfAbsent(name, NameKeys::termsOf));
    }

    /**
     * Removes the households the batch created, with their students, contacts, numbers, search terms
     * and history. Their visits and calls must be gone first (their features remove them); anything
     * else still pointing at them makes the database refuse, and the caller's transaction rolls back.
     */
    public int removeBatch(long batchId) {
        String mine = "(SELECT id FROM household WHERE import_batch_id = :batch)";
        for (String table : List.of("search_term", "change_log", "phone", "contact", "student")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE household_id IN " + mine).bind("batch", batchId)
                    .execute();
        }
        return handle.createUpdate("DELETE FROM household WHERE import_batch_id = :batch").bind("batch", batchId)
                .execute();
    }
}
