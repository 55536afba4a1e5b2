package com.counseldesk.walkin;

import com.counseldesk.family.Channel;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/**
 * Visits written by an import of an old visitor register, inside the importer's transaction: a visit
 * on the row's date that is over (LEFT), received by the person the sheet names. Each names its
 * import batch, so that undoing the batch removes it.
 */
public final class ImportedVisits {
    private final Handle handle;

    public ImportedVisits(Handle handle) {
        this.handle = handle;
    }

    public long add(long householdId, Long studentId, Channel channel, long counselorId, LocalDateTime at,
            String purpose, long batchId) {
        long id = handle.createUpdate("INSERT INTO visit (household_id, channel, arrived_at, left_at, status,"
                + " counselor_id, purpose, import_batch_id) VALUES (:h, :channel, :at, :at, :status, :counselor,"
                + " :purpose, :batch)")
                .bind("h", householdId).bind("channel", channel).bind("at", at).bind("status", VisitStatus.LEFT)
                .bind("counselor", counselorId).bind("purpose", purpose).bind("batch", batchId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (studentId != null) {
            handle.createUpdate("INSERT INTO visit_student (visit_id, student_id) VALUES (:v, :s)").bind("v", id)
                    .bind("s", studentId).execute();
        }
        return id;
    }

    /** Removes the batch's visits; returns how many. */
    public int removeBatch(long batchId) {
        handle.createUpdate("DELETE FROM visit_student WHERE visit_id IN (SELECT id FROM visit WHERE import_batch_id"
                + " = :batch)").bind("batch", batchId).execute();
        return handle.createUpdate("DELETE FROM visit WHERE import_batch_id = :batch").bind("batch", batchId)
                .execute();
    }
}
