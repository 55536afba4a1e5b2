package com.counseldesk.family;

import java.time.LocalDateTime;

/** A family as the desk sees it when the phone matches: who they are, who owns them, last contact. */
public record FamilyCard(Family family, String ownerName, boolean ownerActive, LocalDateTime lastContactAt, int visits) {
}
