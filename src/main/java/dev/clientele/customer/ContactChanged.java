package dev.clientele.customer;

import java.util.List;
import java.util.UUID;

/** Published after a contact's content changed and the change committed. Carries ids and field names only. */
public record ContactChanged(UUID contactId, UUID customerId, int version, UUID actorId, List<String> fields) {

	public ContactChanged {
		fields = List.copyOf(fields);
	}

}
