package com.counseldesk.report.importing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The import batches (the one table the report feature writes) and the read-only questions an undo
 * asks of the other tables. Only the import service uses it.
 */
final class ImportDao {
    private static final String BATCH = "SELECT b.*, COALESCE(s.name, '') AS staff_name FROM import_batch b"
            + " LEFT JOIN staff s ON s.id = b.staff_id";
    private final Handle h;

    ImportDao(Handle h) {
        this.h = h;
    }

    long insert(LocalDateTime at, Long staffId, String fileName, String sheet, RegisterKind kind) {
        return h.createUpdate("INSERT INTO import_batch (at, staff_id, file_name, sheet, kind) VALUES (:at, :staff,"
                + " :file, :sheet, :kind)").bind("at", at).bind("staff", staffId).bind("file", fileName)
                .bind("sheet", sheet).bind("kind", kind).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void counts(long id, int read, int stored, int merged, int rejected) {
        h.createUpdate("UPDATE import_batch SET rows_read = :read, rows_stored = :stored, rows_merged = :merged,"
                + " rows_rejected = :rejected WHERE id = :id").bind("id", id).bind("read", read)
                .bind("stored", stored).bind("merged", merged).bind("rejected", rejected).execute();
    }

    void undone(long id, LocalDateTime at, Long by) {
        h.createUpdate("UPDATE import_batch SET undone_at = :at, undone_by = :by WHERE id = :id").bind("id", id)
                .bind("at", at).bind("by", by).execute();
    }

    List<ImportBatch> all() {
        return h.createQuery(BATCH + " ORDER BY b.id DESC").map((rs, ctx) -> batch(rs)).list();
    }

    Optional<ImportBatch> find(long id) {
        return h.createQuery(BATCH + " WHERE b.id = :id").bind("id", id).map((rs, ctx) -> batch(rs)).findFirst();
    }

    /** A student the batch added to a stored household ({@code c.entity_id}) has been seen, called, noted … since. */
    private static final String STUDENT_SEEN = "EXISTS (SELECT 1 FROM visit_student vs JOIN visit v ON v.id = vs.visit_id"
            + " WHERE vs.student_id = c.entity_id AND (v.import_batch_id IS NULL OR v.import_batch_id <> :batch))"
            + " OR EXISTS (SELECT 1 FROM call x WHERE x.student_id = c.entity_id"
            + " AND (x.import_batch_id IS NULL OR x.import_batch_id <> :batch))"
            + " OR EXISTS (SELECT 1 FROM note x WHERE x.student_id = c.entity_id)"
            + " OR EXISTS (SELECT 1 FROM follow_up x WHERE x.student_id = c.entity_id)"
            + " OR EXISTS (SELECT 1 FROM appointment x WHERE x.student_id = c.entity_id)"
            + " OR EXISTS (SELECT 1 FROM contract x WHERE x.student_id = c.entity_id)"
            + " OR EXISTS (SELECT 1 FROM change_log x WHERE x.entity = 'student' AND x.entity_id = c.entity_id)";
    /** A contact the batch added to a stored household has been changed, or given a number of its own, since. */
    private static final String CONTACT_CHANGED = "EXISTS (SELECT 1 FROM change_log x WHERE x.entity IN ('contact',"
            + " 'phone') AND x.entity_id = c.entity_id)"
            + " OR EXISTS (SELECT 1 FROM phone p WHERE p.contact_id = c.entity_id AND NOT EXISTS (SELECT 1 FROM"
            + " import_change d WHERE d.batch_id = :batch AND d.entity = 'phone' AND d.entity_id = p.id))";

    /**
     * The students of the batch's households that have had something done since the import: a visit,
     * a call, a note, a follow-up, an appointment, a tag, a change to their records, a family they
     * referred; of any household, the follow-ups planned from a visit the batch added; and of the
     * households stored before it, those where what the batch added was used or changed since (a student
     * it added was seen, called, noted …; a contact it added was changed or got another number; a
     * number it added was removed; the first contact it moved was moved again).
     */
    List<String> touchedSince(long batchId) {
        String other = " AND (x.import_batch_id IS NULL OR x.import_batch_id <> :batch)";
        return h.createQuery("SELECT COALESCE((SELECT MIN(s.name) FROM student s WHERE s.household_id = hh.id), '')"
                + " FROM household hh WHERE hh.import_batch_id = :batch AND ("
                + " EXISTS (SELECT 1 FROM visit x WHERE x.household_id = hh.id" + other + ")"
                + " OR EXISTS (SELECT 1 FROM call x WHERE x.household_id = hh.id" + other + ")"
                + " OR EXISTS (SELECT 1 FROM note x WHERE x.household_id = hh.id)"
                + " OR EXISTS (SELECT 1 FROM follow_up x WHERE x.household_id = hh.id)"
                + " OR EXISTS (SELECT 1 FROM appointment x WHERE x.household_id = hh.id)"
                + " OR EXISTS (SELECT 1 FROM household_tag x WHERE x.household_id = hh.id)"
                + " OR EXISTS (SELECT 1 FROM change_log x WHERE x.household_id = hh.id)"
                + " OR EXISTS (SELECT 1 FROM household x WHERE x.referred_by = hh.id))"
                + " UNION ALL SELECT COALESCE((SELECT MIN(s.name) FROM student s WHERE s.household_id = f.household_id),"
                + " '') FROM follow_up f JOIN visit v ON v.id = f.from_visit_id WHERE v.import_batch_id = :batch"
                + " UNION ALL SELECT COALESCE((SELECT MIN(s.name) FROM student s WHERE s.household_id = hh.id), '')"
                + " FROM household hh WHERE hh.id IN (SELECT c.household_id FROM import_change c WHERE c.batch_id = :batch"
                + " AND (c.entity = 'student' AND (" + STUDENT_SEEN + ")"
                + " OR c.entity = 'contact' AND (" + CONTACT_CHANGED + ")"
                + " OR c.entity = 'phone' AND NOT EXISTS (SELECT 1 FROM phone p WHERE p.id = c.entity_id AND p.active = 1)"
                + " OR c.entity = 'first_contact' AND NOT EXISTS (SELECT 1 FROM household f WHERE f.id = c.household_id"
                + " AND f.first_contact_at = c.after_value)))")
                .bind("batch", batchId).mapTo(String.class).list();
    }

    private static ImportBatch batch(java.sql.ResultSet rs) throws java.sql.SQLException {
        String undone = rs.getString("undone_at");
        return new ImportBatch(rs.getLong("id"), LocalDateTime.parse(rs.getString("at")), rs.getString("staff_name"),
                rs.getString("file_name"), rs.getString("sheet"), RegisterKind.valueOf(rs.getString("kind")),
                rs.getInt("rows_read"), rs.getInt("rows_stored"), rs.getInt("rows_merged"),
                rs.getInt("rows_rejected"), undone == null ? null : LocalDateTime.parse(undone));
    }
}
