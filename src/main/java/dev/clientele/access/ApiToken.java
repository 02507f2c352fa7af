package dev.clientele.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as listed: never the secret, which is shown once at creation.
 *
 * @param scope {@code read} (safe methods only) or {@code read-write}
 */
public record ApiToken(UUID id, UUID userId, String name, String scope, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt) {
}
