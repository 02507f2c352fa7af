package dev.clientele.webhook.internal;

import java.util.List;
import java.util.UUID;

/**
 * A committed change as webhooks are told about it: ids and field names only.
 *
 * @param contactId the contact for {@code contact.*} changes, else {@code null}
 * @param fields the changed fields as the customer module names them (without the {@code contact.} prefix)
 */
record Change(String event, UUID customerId, UUID contactId, int version, UUID actorId, List<String> fields) {

	Change {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	boolean aboutContact() {
		return contactId != null;
	}

	/** What makes the change unique, so that a change told twice is queued once per webhook. */
	String key() {
		return event + ":" + (aboutContact() ? contactId : customerId) + ":" + version;
	}

}
