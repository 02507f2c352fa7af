package dev.clientele.timeline;

import java.util.UUID;

/** An administrator added a kind of timeline entry. */
public record TimelineKindDefined(String kind, UUID actorId) {
}
