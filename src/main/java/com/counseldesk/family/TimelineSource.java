package com.counseldesk.family;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The family page's extension point: each feature that records things about a household (visits,
 * later calls, notes, follow-ups, contracts) implements this and registers it with
 * {@link FamilyService#addTimelineSource}; the page merges what they return, newest first.
 */
public interface TimelineSource {
    List<TimelineEntry> entries(Handle handle, long householdId);
}
