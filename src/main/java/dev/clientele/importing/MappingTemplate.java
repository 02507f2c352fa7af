package dev.clientele.importing;

import java.time.Instant;
import java.util.UUID;

/** A column mapping saved for reuse, JSON {@code {"<header>": "<field>"}}. */
public record MappingTemplate(UUID id, String name, String mapping, Instant createdAt) {
}
