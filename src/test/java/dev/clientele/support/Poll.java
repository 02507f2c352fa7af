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
	 * fails with {@code timedOut}'s message when an answer taken after {@code timeout} will not do either.
	 */
	public static <T> T until(Duration timeout, Duration interval, Supplier<T> probe, Predicate<T> done,
			Supplier<String> timedOut) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			T answer = probe.get();
			if (done.test(answer)) {
				return answer;
			}
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError(timedOut.get());
			}
			try {
				Thread.sleep(interval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
