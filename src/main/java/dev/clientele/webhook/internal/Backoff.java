package dev.clientele.webhook.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: 10 s after the first failure, then twice as long after
 * each further one (20 s, 40 s ...), at most an hour apart, until 24 hours after the first attempt.
 */
final class Backoff {

	static final Duration FIRST = Duration.ofSeconds(10);

	static final Duration MAX = Duration.ofHours(1);

	static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

	private Backoff() {
	}

	/** The wait after the given number of failed attempts (1 for the first failure). */
	static Duration delay(int failedAttempts) {
		if (failedAttempts >= 20) {
			return MAX;
		}
		Duration delay = FIRST.multipliedBy(1L << Math.max(0, failedAttempts - 1));
		return delay.compareTo(MAX) > 0 ? MAX : delay;
	}

	/** Whether a delivery first attempted at {@code first} is given up after failing at {@code now}. */
	static boolean givenUp(Instant first, Instant now) {
		return !now.isBefore(first.plus(GIVE_UP_AFTER));
	}

}
