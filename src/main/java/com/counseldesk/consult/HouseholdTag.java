package com.counseldesk.consult;

import java.time.LocalDateTime;

/** A tag on a household now, with who put it on and when. */
public record HouseholdTag(ClientTag tag, String taggedBy, LocalDateTime taggedAt) {
}
