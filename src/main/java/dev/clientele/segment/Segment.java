package dev.clientele.segment;

import java.time.Instant;
import java.util.UUID;

/**
 * A segment's definition (never its members: those depend on who reads them).
 *
 * @param filter a dynamic segment's filter as JSON text ({@code null}: every customer); for a
 * snapshot the filter its members were chosen by, for the record
 * @param takenFrom for a snapshot of a dynamic segment, that segment's id; else {@code null}
 * @param frozenMembers for a snapshot, how many members were frozen (as its taker saw them); else {@code null}
 */
public record Segment(UUID id, String name, String description, SegmentKind kind, String filter, UUID takenFrom,
		Integer frozenMembers, Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy) {

	public boolean snapshot() {
		return kind == SegmentKind.SNAPSHOT;
	}

}
