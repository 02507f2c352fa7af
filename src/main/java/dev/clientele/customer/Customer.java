package dev.clientele.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer as read: its profile plus identity and bookkeeping.
 *
 * @param version starts at 1 and grows by one with every write
 */
public record Customer(UUID id, CustomerProfile profile, String ownerName, Instant createdAt, UUID createdBy,
		Instant updatedAt, UUID updatedBy, Instant deletedAt, int version) {

	public boolean deleted() {
		return deletedAt != null;
	}

}
