package dev.clientele.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A registered webhook as read. The secret is write-only and never part of it.
 *
 * @param events the change types it is told about (see {@link WebhookEvents})
 * @param roleId the role whose data scope and field permissions shape what it is told
 */
public record Webhook(UUID id, String url, List<String> events, UUID roleId, boolean active, Instant createdAt,
		Instant updatedAt) {

	public Webhook {
		events = List.copyOf(events);
	}

}
