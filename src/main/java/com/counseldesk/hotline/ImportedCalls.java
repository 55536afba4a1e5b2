package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/**
 * Calls written by an import of an old 热线登记表, inside the importer's transaction: an inbound call
 * on the row's date, taken by the person the sheet names, with what the sheet says of it. Each names
 * its import batch, so that undoing the batch removes it.
 */
public final class ImportedCalls {
    private final Handle handle;
    private final LocalDateTime now;

    public ImportedCalls(Handle handle, LocalDateTime now) {
        this.handle = handle;
        this.now = now;
    }

    /** One call of the sheet; the outcome of an old call is unknown, so it stays to be followed up. */
    public long add(long householdId, Long studentId, Phone phone, long takenBy, LocalDateTime at, String studentName,
            String needs, String summary, long batchId) {
        return handle.createUpdate("INSERT INTO call (household_id, student_id, phone, kind, taken_by, started_at,"
                + " duration_s, outcome, student_name, needs, summary, created_at, import_batch_id) VALUES (:h, :s,"
                + " :phone, :kind, :by, :at, 0, :outcome, :name, :needs, :summary, :now, :batch)")
                .bind("h", householdId).bind("s", studentId).bind("phone", phone.value()).bind("kind", CallKind.INBOUND)
                .bind("by", takenBy).bind("at", at).bind("outcome", CallOutcome.FOLLOW_UP).bind("name", studentName)
                .bind("needs", needs).bind("summary", summary).bind("now", now).bind("batch", batchId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Removes the batch's calls (with the subjects they noted); returns how many. */
    public int removeBatch(long batchId) {
        handle.createUpdate("DELETE FROM call_subject WHERE call_id IN (SELECT id FROM call WHERE import_batch_id"
                + " = :batch)").bind("batch", batchId).execute();
        return handle.createUpdate("DELETE FROM call WHERE import_batch_id = :batch").bind("batch", batchId).execute();
    }
}
