package com.counseldesk.family;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A feature's say over the family page's history: some fields are that feature's records (a
 * student's intent level is a consultation record) and only those who may read them see their
 * changes. Registered with {@link FamilyService#addHistoryFilter}; runs in the history's read.
 */
public interface HistoryFilter {
    /** The rows of {@code changes} (a household's history, newest first) that stay on the page. */
    List<Change> shown(Handle handle, long householdId, List<Change> changes);
}
