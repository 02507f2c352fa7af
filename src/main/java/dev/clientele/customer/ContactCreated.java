package dev.clientele.customer;

import java.util.UUID;

/**
 * Published after a contact was created and the change committed. Carries ids only.
 *
 * @param batchId the batch of customers it was created with (see {@link CustomersCreated}), or {@code null}
 */
public record ContactCreated(UUID contactId, UUID customerId, int version, UUID actorId, UUID batchId) {

	public ContactCreated(UUID contactId, UUID customerId, int version, UUID actorId) {
		this(contactId, customerId, version, actorId, null);
	}

}
