package dev.clientele.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A person at a company customer, as read.
 *
 * @param hiddenFields the fields the reader may not see
 */
public record Contact(UUID id, UUID customerId, ContactProfile profile, Instant createdAt, UUID createdBy,
		Instant updatedAt, UUID updatedBy, Instant deletedAt, int version, java.util.Set<String> hiddenFields) {

	public Contact {
		hiddenFields = java.util.Set.copyOf(hiddenFields);
	}

	/** A contact as stored, before any field permission applies. */
	public Contact(UUID id, UUID customerId, ContactProfile profile, Instant createdAt, UUID createdBy,
			Instant updatedAt, UUID updatedBy, Instant deletedAt, int version) {
		this(id, customerId, profile, createdAt, createdBy, updatedAt, updatedBy, deletedAt, version, java.util.Set.of());
	}

	public boolean deleted() {
		return deletedAt != null;
	}

}
