package dev.clientele.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generates time-ordered UUIDs (version 7, RFC 9562): opaque to clients, unguessable, and
 * clustered in insertion order so that new rows land at the end of the primary key index.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		return newId(Clock.systemUTC().millis());
	}

	static UUID newId(long epochMillis) {
		long randA = RANDOM.nextInt(1 << 12);
		long msb = (epochMillis << 16) | (0x7L << 12) | randA;
		long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	/** Parses an id given by a client; an id that is not a UUID can match nothing. */
	public static java.util.Optional<UUID> parse(String value) {
		if (value == null || value.length() != 36) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
