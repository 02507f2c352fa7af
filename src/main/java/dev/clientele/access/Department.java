package dev.clientele.access;

import java.util.UUID;

/** A department; departments form a tree through {@code parentId}. */
public record Department(UUID id, String name, UUID parentId) {
}
