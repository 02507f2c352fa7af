package dev.clientele.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * One customer as an export writes it, with the reader's field permissions applied.
 *
 * @param ownerName the owner's name, or {@code null} when the row was read from a version (the
 * owner is then only known by the {@code ownerId} in {@code fields})
 * @param fields the recorded fields as JSON text, shaped like a version snapshot: hidden fields
 * empty, masked ones masked
 */
public record ExportedCustomer(UUID id, int version, String ownerName, Instant createdAt, Instant updatedAt,
		String fields) {
}
