package com.counseldesk.walkin;

import com.counseldesk.common.db.BulkInsert;
import com.counseldesk.common.db.Database;
import com.counseldesk.family.Channel;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Visits written by an import of an old visitor register, inside the importer's transaction: visits on
 * the rows' dates that are over (LEFT), received by the people the sheet names. Each names its import
 * batch, so that undoing the batch removes it.
 */
public final class ImportedVisits {
    private final Database db;
    private final Handle handle;

    public ImportedVisits(Database db, Handle handle) {
        this.db = db;
        this.handle = handle;
    }

    /** One visit of the sheet; the student who came, when the household has one of that name. */
    public record Imported(long householdId, Long studentId, Channel channel, long counselorId, LocalDateTime at,
            String purpose) {
    }

    public void addAll(List<Imported> visits, long batchId) {
        long[] ids = db.reserveIds(handle, "visit", visits.size());
        BulkInsert visit = new BulkInsert(handle, "visit", "id", "household_id", "channel", "arrived_at", "left_at",
                "status", "counselor_id", "purpose", "import_batch_id");
        for (int i = 0; i < visits.size(); i++) {
            Imported v = visits.get(i);
            visit.add(ids[i], v.householdId(), v.channel(), v.at(), v.at(), VisitStatus.LEFT, v.counselorId(),
                    v.purpose(), batchId);
        }
        visit.finish();
        BulkInsert student = new BulkInsert(handle, "visit_student", "visit_id", "student_id");
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).studentId() != null) {
                student.add(ids[i], visits.get(i).studentId());
            }
        }
        student.finish();
    }

    /** Removes the batch's visits; returns how many. */
    public int removeBatch(long batchId) {
        handle.createUpdate("DELETE FROM visit_student WHERE visit_id IN (SELECT id FROM visit WHERE import_batch_id"
                + " = :batch)").bind("batch", batchId).execute();
        return handle.createUpdate("DELETE FROM visit WHERE import_batch_id = :batch").bind("batch", batchId)
                .execute();
    }
}
