package com.counseldesk.family;

import com.counseldesk.common.i18n.Msg;
import java.time.LocalDateTime;

/**
 * One thing that happened to a household, as its family page lists it: when, what kind (a bundle
 * key such as {@code timeline.visit}), a one-line summary, who did it, and whether it was voided.
 * {@code refId} is the id of the row behind it in its feature (a visit's id, later a call's …).
 */
public record TimelineEntry(LocalDateTime at, String kind, long refId, Msg summary, String staffName,
        boolean voided) {
}
