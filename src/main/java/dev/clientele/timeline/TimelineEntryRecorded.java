package dev.clientele.timeline;

import java.util.UUID;

/**
 * An entry was appended to a customer's timeline (one at a time; a batch announces
 * {@link TimelineBatchRecorded} instead).
 *
 * @param corrected the entry it corrects, or {@code null}
 */
public record TimelineEntryRecorded(UUID entryId, UUID customerId, String kind, UUID corrected, UUID actorId) {
}
