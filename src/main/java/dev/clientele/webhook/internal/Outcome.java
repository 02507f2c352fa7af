package dev.clientele.webhook.internal;

import java.time.Instant;

/**
 * How one attempt went.
 *
 * @param statusCode the HTTP status answered, {@code null} if none
 * @param error why it failed, {@code null} if it succeeded
 */
record Outcome(Instant attemptedAt, Integer statusCode, String error, long durationMillis) {

	boolean delivered() {
		return error == null && statusCode != null && statusCode >= 200 && statusCode < 300;
	}

}
