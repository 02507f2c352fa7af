package dev.clientele.timeline;

import java.util.UUID;

/**
 * How many follow-ups of one user are overdue.
 *
 * @param userName the user's name, or {@code null} if the user no longer exists
 */
public record OverdueFollowUps(UUID userId, String userName, int overdue) {
}
