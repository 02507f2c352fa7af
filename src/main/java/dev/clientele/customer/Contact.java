package dev.clientele.customer;

import java.time.Instant;
import java.util.UUID;

/** A person at a company customer, as read. */
public record Contact(UUID id, UUID customerId, ContactProfile profile, Instant createdAt, UUID createdBy,
		Instant updatedAt, UUID updatedBy, Instant deletedAt, int version) {

	public boolean deleted() {
		return deletedAt != null;
	}

}
