package dev.clientele.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to be told to one webhook, and how its delivery went.
 *
 * @param status {@code pending}, {@code delivered} or {@code failed} (given up 24 hours after the first attempt)
 * @param nextAttemptAt when it is tried next; {@code null} unless pending
 * @param lastStatusCode the HTTP status of the last answer; {@code null} if none came
 */
public record WebhookDelivery(UUID id, UUID webhookId, String event, UUID customerId, UUID contactId, String status,
		int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode,
		String lastError, Instant deliveredAt) {

	public static final String PENDING = "pending";

	public static final String DELIVERED = "delivered";

	public static final String FAILED = "failed";

}
