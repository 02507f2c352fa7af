package dev.clientele.segment;

/**
 * Creates a segment: a dynamic one keeps the filter, a snapshot freezes the customers that match
 * it now, as their creator sees them.
 *
 * @param filter JSON in the filter language; {@code null} or blank for every customer
 */
public record CreateSegment(String name, String description, SegmentKind kind, String filter) {
}
