package dev.clientele.changes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One committed change to a customer or one of its contacts, as a reader of the feed sees it.
 *
 * @param seq the position in the feed: strictly increasing in commit order
 * @param type {@code customer.created}, {@code customer.updated}, {@code customer.deleted},
 * {@code customer.restored}, or the same for {@code contact}
 * @param recordId the customer's or the contact's id
 * @param version the record's version this change wrote
 * @param fields the names of the changed fields the reader may see (updates only)
 * @param actorName the display name of the user who made the change
 */
public record Change(long seq, String type, UUID recordId, UUID customerId, int version, List<String> fields,
		UUID actorId, String actorName, Instant recordedAt) {

	public Change {
		fields = List.copyOf(fields);
	}

}
