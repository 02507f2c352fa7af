package dev.clientele.privacy;

import java.time.Instant;
import java.util.UUID;

/** Who erases and when: the same instant for every part of one erasure. */
public record ErasureContext(UUID actorId, Instant erasedAt) {
}
