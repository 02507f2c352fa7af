package dev.clientele.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One blocked value, known only by its keyed hash.
 *
 * @param hash the hex HMAC-SHA256 of the normalised value
 * @param kind {@code phone} or {@code email}
 * @param customerId the erased customer it came from
 */
public record ErasureBlock(String hash, String kind, UUID customerId, Instant createdAt, UUID createdBy) {
}
