package dev.clientele.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One immutable version of a customer or contact.
 *
 * @param snapshot the full state after this write, as JSON text
 * @param changes what this write changed, field by field
 * @param source where the write came from ({@code ui}, {@code api}, {@code import:<batch>#<row>} ...)
 */
public record RecordVersion(UUID recordId, int version, String snapshot, List<FieldChange> changes, UUID actorId,
		String actorName, Instant recordedAt, String source, String reason) {

	public RecordVersion {
		changes = List.copyOf(changes);
	}

}
