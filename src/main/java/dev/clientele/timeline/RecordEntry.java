package dev.clientele.timeline;

import java.util.Map;
import java.util.UUID;

import dev.clientele.shared.WriteContext;

/**
 * Appends an entry to a customer's timeline, as given by a client: values are checked against the
 * kind and normalised by {@link TimelineManagement}. With {@code supersedes} it is a correction
 * that replaces that entry in the current picture.
 *
 * @param occurredAt ISO-8601 instant or date-time with offset
 * @param amount a decimal string, for kinds with money
 * @param source the system the entry came from ({@code ui}, {@code api}, or e.g. {@code erp}); with
 * {@code externalId} it makes the append idempotent
 */
public record RecordEntry(UUID customerId, String contactId, String kind, String occurredAt, String subject,
		String body, String amount, String currency, String status, Map<String, String> attributes, String source,
		String externalId, String supersedes, WriteContext context) {

	public RecordEntry {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

}
