package dev.clientele.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer as read: its profile plus identity and bookkeeping.
 *
 * @param version starts at 1 and grows by one with every write
 * @param hiddenFields the fields the reader may not see: empty in the profile and absent from what is shown
 */
public record Customer(UUID id, CustomerProfile profile, String ownerName, Instant createdAt, UUID createdBy,
		Instant updatedAt, UUID updatedBy, Instant deletedAt, int version, java.util.Set<String> hiddenFields) {

	public Customer {
		hiddenFields = java.util.Set.copyOf(hiddenFields);
	}

	/** A customer as stored, before any field permission applies. */
	public Customer(UUID id, CustomerProfile profile, String ownerName, Instant createdAt, UUID createdBy,
			Instant updatedAt, UUID updatedBy, Instant deletedAt, int version) {
		this(id, profile, ownerName, createdAt, createdBy, updatedAt, updatedBy, deletedAt, version, java.util.Set.of());
	}

	public boolean deleted() {
		return deletedAt != null;
	}

}
