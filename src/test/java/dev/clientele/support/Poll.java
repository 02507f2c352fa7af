package dev.clientele.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks again and again until the answer will do, for what the application finishes in the background. */
public final class Poll {

	private Poll() {
	}

	/**
	 * Takes {@code probe} every {@code interval} until {@code done} accepts it and returns that answer;
	 * fails with {@code timedOut}'s message once {@code timeout} has passed.
	 */
	public static <T> T until(Duration timeout, Duration interval, Supplier<T> probe, Predicate<T> done,
			Supplier<String> timedOut) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			T answer = probe.get();
			if (done.test(answer)) {
				return answer;
			}
			try {
				Thread.sleep(interval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError(timedOut.get());
	}

}
