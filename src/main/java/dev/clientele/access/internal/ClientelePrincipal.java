package dev.clientele.access.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Who is signed in, as kept in the session or derived from a token.
 *
 * @param authenticatedAt when the password (or token) was checked; sessions older than the
 * account's {@code sessions_valid_after} are void
 * @param tokenScope {@code read} or {@code read-write} for token requests, {@code null} for sessions
 */
record ClientelePrincipal(UUID userId, String login, Instant authenticatedAt, String tokenScope) implements Serializable {

	@Override
	public String toString() {
		return login;
	}

}
