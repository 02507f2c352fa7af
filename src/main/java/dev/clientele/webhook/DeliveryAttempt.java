package dev.clientele.webhook;

import java.time.Instant;

/**
 * One attempt to deliver, as logged.
 *
 * @param statusCode the HTTP status of the answer; {@code null} if none came (refused address, timeout ...)
 * @param error why it failed, without the answer's body; {@code null} on success
 */
public record DeliveryAttempt(Instant attemptedAt, Integer statusCode, String error, long durationMillis) {
}
