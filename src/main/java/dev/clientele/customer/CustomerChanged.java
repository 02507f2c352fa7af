package dev.clientele.customer;

import java.util.List;
import java.util.UUID;

/** Published after a customer's content changed and the change committed. Carries ids and field names only. */
public record CustomerChanged(UUID customerId, int version, UUID actorId, List<String> fields) {

	public CustomerChanged {
		fields = List.copyOf(fields);
	}

}
