package dev.clientele.access;

import java.util.UUID;

/** A user as other modules see one. */
public record User(UUID id, String login, String name, boolean active) {
}
