package dev.clientele.timeline;

import java.util.UUID;

/** An entry was voided: it no longer counts in the current picture. */
public record TimelineEntryVoided(UUID entryId, UUID customerId, String reason, UUID actorId) {
}
