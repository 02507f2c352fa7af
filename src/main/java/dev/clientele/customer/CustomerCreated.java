package dev.clientele.customer;

import java.util.UUID;

/**
 * Published after a customer was created and the change committed. Carries ids only.
 *
 * @param batchId the batch it was created in (see {@link CustomersCreated}), or {@code null} when created alone
 */
public record CustomerCreated(UUID customerId, int version, UUID actorId, UUID batchId) {

	public CustomerCreated(UUID customerId, int version, UUID actorId) {
		this(customerId, version, actorId, null);
	}

}
