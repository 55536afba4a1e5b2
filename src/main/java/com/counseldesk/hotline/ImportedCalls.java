package com.counseldesk.hotline;

import com.counseldesk.common.Phone;
import com.counseldesk.common.db.BulkInsert;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Calls written by an import of an old 热线登记表, inside the importer's transaction: inbound calls on
 * the rows' dates, taken by the people the sheet names, with what the sheet says of them. Each names
 * its import batch, so that undoing the batch removes it. The outcome of an old call is unknown, so
 * it stays to be followed up.
 */
public final class ImportedCalls {
    private final Handle handle;
    private final LocalDateTime now;

    public ImportedCalls(Handle handle, LocalDateTime now) {
        this.handle = handle;
        this.now = now;
    }

    /** One call of the sheet. */
    public record Imported(long householdId, Long studentId, Phone phone, long takenBy, LocalDateTime at,
            String studentName, String needs, String summary) {
    }

    public void addAll(List<Imported> calls, long batchId) {
        BulkInsert batch = new BulkInsert(handle, "call", "household_id", "student_id", "phone", "kind", "taken_by",
                "started_at", "duration_s", "outcome", "student_name", "needs", "summary", "created_at",
                "import_batch_id");
        for (Imported c : calls) {
            batch.add(c.householdId(), c.studentId(), c.phone(), CallKind.INBOUND, c.takenBy(), c.at(), 0,
                    CallOutcome.FOLLOW_UP, c.studentName(), c.needs(), c.summary(), now, batchId);
        }
        batch.finish();
    }

    /** Removes the batch's calls (with the subjects they noted); returns how many. */
    public int removeBatch(long batchId) {
        handle.createUpdate("DELETE FROM call_subject WHERE call_id IN (SELECT id FROM call WHERE import_batch_id"
                + " = :batch)").bind("batch", batchId).execute();
        return handle.createUpdate("DELETE FROM call WHERE import_batch_id = :batch").bind("batch", batchId).execute();
    }
}
