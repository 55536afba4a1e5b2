package com.counseldesk.family;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
    private final Handle handle;
    private final HouseholdDao dao;
    private final LocalDateTime now;

    HouseholdImport(Handle handle, LocalDateTime now) {
        this.handle = handle;
        this.dao = handle.attach(HouseholdDao.class);
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

    /** What a new household got: its id and its students' ids by name. */
    public record Created(long householdId, Map<String, Long> studentIds) {
    }

    /** Writes a new household of the batch with its students, contacts, numbers and search terms. */
    public Created create(ImportedHousehold in, long batchId, Long by) {
        long id = handle.createUpdate("INSERT INTO household (owner_id, channel, referred_by, district,"
                + " first_contact_at, last_contact_at, created_at, created_by, import_batch_id) VALUES (:owner,"
                + " :channel, NULL, :district, :first, :last, :now, :by, :batch)")
                .bind("owner", in.ownerId()).bind("channel", in.channel()).bind("district", in.district())
                .bind("first", in.firstContact()).bind("last", in.lastContact()).bind("now", now).bind("by", by)
                .bind("batch", batchId).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Map<String, Long> students = new HashMap<>();
        for (ImportedHousehold.Pupil p : in.students()) {
            StudentDetails d = p.details();
            students.put(d.name(), dao.insertStudent(id, d.name(), d.gender(), d.grade(), p.gradeYear(), d.school(),
                    Stage.NEW, in.firstContact()));
        }
        boolean firstContact = true;
        List<String> contactNames = new ArrayList<>();
        for (ImportedHousehold.Person c : in.contacts()) {
            long contact = dao.insertContact(id, c.details().name(), c.details().relation(), firstContact,
                    in.firstContact());
            contactNames.add(c.details().name());
            boolean main = true;
            for (Phone phone : c.phones()) {
                dao.insertPhone(id, contact, phone.base().value(), phone.extension(), phone.suffixKey(), main,
                        in.firstContact());
                main = false;
            }
            firstContact = false;
        }
        dao.insertTerms(id, SearchTerms.of(in.students().stream().map(p -> p.details().name()).toList(),
                contactNames));
        return new Created(id, students);
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
