package dev.clientele.changes.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change as stored, with the owner its customer had then (for the reader's data scope).
 *
 * @param seq {@code 0} until the change is appended
 * @param entity {@code customer} or {@code contact}
 */
record ChangeRow(long seq, String type, String entity, UUID recordId, UUID customerId, int version,
		List<String> fields, UUID actorId, UUID ownerId, Instant recordedAt) {

	static final String CUSTOMER = "customer";

	static final String CONTACT = "contact";

	ChangeRow {
		fields = List.copyOf(fields);
	}

	ChangeRow at(long seq, Instant recordedAt) {
		return new ChangeRow(seq, type, entity, recordId, customerId, version, fields, actorId, ownerId, recordedAt);
	}

	/** A change not yet appended. */
	static ChangeRow of(String entity, String action, UUID recordId, UUID customerId, int version, List<String> fields,
			UUID actorId, UUID ownerId) {
		return new ChangeRow(0, entity + "." + action, entity, recordId, customerId, version, fields, actorId, ownerId,
				null);
	}

}
