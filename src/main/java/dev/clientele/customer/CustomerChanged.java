package dev.clientele.customer;

import java.util.List;
import java.util.UUID;

/**
 * Published after a customer's content changed and the change committed. Carries ids and field names only.
 *
 * @param batchId the bulk operation it belongs to (e.g. a handover, see {@link CustomersHandedOver}), or {@code null}
 */
public record CustomerChanged(UUID customerId, int version, UUID actorId, List<String> fields, UUID batchId) {

	public CustomerChanged {
		fields = List.copyOf(fields);
	}

	public CustomerChanged(UUID customerId, int version, UUID actorId, List<String> fields) {
		this(customerId, version, actorId, fields, null);
	}

}
