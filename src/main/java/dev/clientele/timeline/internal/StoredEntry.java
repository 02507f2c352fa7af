package dev.clientele.timeline.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry as written: the draft with its id, author, recording time and batch, and the key that
 * makes it idempotent ({@code null} for none).
 */
record StoredEntry(UUID id, EntryDraft draft, UUID actorId, Instant recordedAt, UUID batchId,
		EntryRepository.ExternalKey key) {
}
