package dev.clientele.webhook.internal;

import java.time.Instant;
import java.util.UUID;

/** A due delivery claimed by one dispatcher for one attempt, with what sending it needs. */
record Claimed(UUID id, UUID webhookId, String event, String payload, int attempts, Instant firstAttemptAt, String url,
		String secret) {

	@Override
	public String toString() {
		return "Claimed[id=" + id + ", webhookId=" + webhookId + ", event=" + event + ", attempts=" + attempts + "]";
	}

}
