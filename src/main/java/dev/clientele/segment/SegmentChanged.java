package dev.clientele.segment;

import java.util.UUID;

/**
 * A segment was created, changed, archived or snapshotted.
 *
 * @param action {@code segment.created}, {@code segment.updated}, {@code segment.archived} or
 * {@code segment.snapshotTaken} (then {@code segmentId} is the new snapshot)
 * @param detail ids and counts only, e.g. {@code from=<id> members=120}; may be {@code null}
 */
public record SegmentChanged(UUID segmentId, UUID actorId, String action, String detail) {
}
