package com.counseldesk.family;

import java.time.LocalDateTime;

/**
 * One field of a household's records that changed: what it was, what it became, who changed it
 * and when (the family page's history). {@code entity} names the record ("student", "contact",
 * "phone", "household", "visit"); values are text: names as typed, enumerations by constant name, staff by name.
 */
public record Change(long id, long householdId, String entity, long entityId, String field, String before,
        String after, String reason, Long staffId, String staffName, LocalDateTime at) {
}
