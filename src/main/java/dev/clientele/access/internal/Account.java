package dev.clientele.access.internal;

import java.time.Instant;
import java.util.UUID;

/** A user as sign-in sees one: with the password hash, second factor and lock state. */
record Account(UUID id, String login, String name, String email, UUID departmentId, boolean active, String passwordHash,
		boolean mustChangePassword, String totpSecret, Instant lockedUntil, Instant sessionsValidAfter) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean hasSecondFactor() {
		return totpSecret != null;
	}

}
