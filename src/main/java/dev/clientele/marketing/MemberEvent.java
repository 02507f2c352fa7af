package dev.clientele.marketing;

import java.time.Instant;
import java.util.UUID;

/**
 * One observation in a member's trail, as recorded.
 *
 * @param origin how it was learnt: {@code campaign} (targeted at start), {@code smtp}, {@code tracking},
 * {@code form}, {@code manual}, {@code file}, {@code consent}, {@code orders}, {@code recovery}
 * @param actorId the user who logged it, or {@code null} for what Clientele observed itself
 */
public record MemberEvent(MemberStatus status, Instant occurredAt, Instant recordedAt, String origin, UUID actorId,
		String detail) {
}
