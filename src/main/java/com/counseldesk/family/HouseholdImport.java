package com.counseldesk.family;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.Database;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Households written by an import of old spreadsheets, inside the importer's one transaction: new
 * ones named by their import batch, so that the batch can be undone as a whole. Lean on purpose (no
 * card is read back per row): an import writes tens of thousands of households at once.
 */
public final class HouseholdImport {
    /** Rows sent to the database at once. */
    private static final int CHUNK = 2_000;

    private final Database db;
    private final Handle handle;
    private final LocalDateTime now;

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
     * Writes the batch's new households with their students, contacts, numbers and search terms, in
     * JDBC batches (an import writes tens of thousands at once); returns what each got, in order.
     */
    public List<Created> createAll(List<ImportedHousehold> list, long batchId, Long by) {
        int students = list.stream().mapToInt(h -> h.students().size()).sum();
        int contacts = list.stream().mapToInt(h -> h.contacts().size()).sum();
        int phones = list.stream().mapToInt(h -> h.contacts().stream().mapToInt(c -> c.phones().size()).sum()).sum();
        long[] householdIds = db.reserveIds(handle, "household", list.size());
        long[] studentIds = db.reserveIds(handle, "student", students);
        long[] contactIds = db.reserveIds(handle, "contact", contacts);
        long[] phoneIds = db.reserveIds(handle, "phone", phones);
        PreparedBatch household = handle.prepareBatch("INSERT INTO household (id, owner_id, channel, referred_by,"
                + " district, first_contact_at, last_contact_at, created_at, created_by, import_batch_id) VALUES (:id,"
                + " :owner, :channel, NULL, :district, :first, :last, :now, :by, :batch)");
        PreparedBatch student = handle.prepareBatch("INSERT INTO student (id, household_id, name, gender, grade,"
                + " grade_year, school, stage, created_at) VALUES (:id, :h, :name, :gender, :grade, :gradeYear, :school,"
                + " :stage, :at)");
        PreparedBatch contact = handle.prepareBatch("INSERT INTO contact (id, household_id, name, relation, is_main,"
                + " created_at) VALUES (:id, :h, :name, :relation, :main, :at)");
        PreparedBatch phone = handle.prepareBatch("INSERT INTO phone (id, household_id, contact_id, number, extension,"
                + " number_rev, is_main, active, created_at) VALUES (:id, :h, :c, :number, :extension, :rev, :main, 1,"
                + " :at)");
        PreparedBatch terms = handle.prepareBatch("INSERT INTO search_term (term, household_id, weight) VALUES"
                + " (:text, :h, :weight)");
        List<Created> created = new ArrayList<>();
        List<Term> allTerms = new ArrayList<>();
        int s = 0;
        int c = 0;
        int p = 0;
        for (int i = 0; i < list.size(); i++) {
            ImportedHousehold in = list.get(i);
            long id = householdIds[i];
            household.bind("id", id).bind("owner", in.ownerId()).bind("channel", in.channel())
                    .bind("district", in.district()).bind("first", in.firstContact()).bind("last", in.lastContact())
                    .bind("now", now).bind("by", by).bind("batch", batchId).add();
            Map<String, Long> byName = new HashMap<>();
            for (ImportedHousehold.Pupil pupil : in.students()) {
                StudentDetails d = pupil.details();
                long sid = studentIds[s++];
                byName.put(d.name(), sid);
                student.bind("id", sid).bind("h", id).bind("name", d.name()).bind("gender", d.gender())
                        .bind("grade", d.grade()).bind("gradeYear", pupil.gradeYear()).bind("school", d.school())
                        .bind("stage", Stage.NEW).bind("at", in.firstContact()).add();
            }
            List<String> contactNames = new ArrayList<>();
            boolean mainContact = true;
            for (ImportedHousehold.Person person : in.contacts()) {
                long cid = contactIds[c++];
                contact.bind("id", cid).bind("h", id).bind("name", person.details().name())
                        .bind("relation", person.details().relation()).bind("main", mainContact)
                        .bind("at", in.firstContact()).add();
                contactNames.add(person.details().name());
                boolean mainPhone = true;
                for (Phone number : person.phones()) {
                    phone.bind("id", phoneIds[p++]).bind("h", id).bind("c", cid).bind("number", number.base().value())
                            .bind("extension", number.extension()).bind("rev", number.suffixKey())
                            .bind("main", mainPhone).bind("at", in.firstContact()).add();
                    mainPhone = false;
                }
                mainContact = false;
            }
            for (SearchTerm t : SearchTerms.of(in.students().stream().map(x -> x.details().name()).toList(),
                    contactNames)) {
                allTerms.add(new Term(t.text(), id, t.weight()));
            }
            created.add(new Created(id, byName));
            if ((i + 1) % CHUNK == 0) {
                for (PreparedBatch b : List.of(household, student, contact, phone)) {
                    b.execute();
                }
            }
        }
        for (PreparedBatch b : List.of(household, student, contact, phone)) {
            if (b.size() > 0) {
                b.execute();
            }
        }
        // In the order of the index they are kept in: a large import then writes each page once.
        allTerms.sort(Comparator.comparing(Term::text).thenComparingLong(Term::householdId));
        int t = 0;
        for (Term term : allTerms) {
            terms.bind("text", term.text()).bind("h", term.householdId()).bind("weight", term.weight()).add();
            if (++t % CHUNK == 0) {
                terms.execute();
            }
        }
        if (terms.size() > 0) {
            terms.execute();
        }
        return created;
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
