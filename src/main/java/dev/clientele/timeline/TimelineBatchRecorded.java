package dev.clientele.timeline;

import java.util.UUID;

/** A batch of lines was appended; announced once, whatever its size. */
public record TimelineBatchRecorded(UUID batchId, UUID actorId, long created, long duplicates, long rejected) {
}
