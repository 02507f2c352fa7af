package dev.clientele.access;

import java.util.UUID;

/**
 * Published when a user, their roles, password or state changed. Carries ids and the kind of
 * change (e.g. {@code user.deactivated}), never a password.
 */
public record UserChanged(UUID userId, String action) {
}
