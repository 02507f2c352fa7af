package dev.clientele.segment;

import java.util.UUID;

/**
 * Replaces a segment's name, description and (for a dynamic one) filter. A snapshot's filter and
 * members never change: giving a filter for one is refused.
 */
public record UpdateSegment(UUID id, String name, String description, String filter) {
}
