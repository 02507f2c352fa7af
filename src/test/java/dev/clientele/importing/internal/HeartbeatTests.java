package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeartbeatTests {

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void stopScheduler() {
		scheduler.shutdownNow();
	}

	@Test
	void beatsEveryIntervalUntilClosedAndNotAfter() throws InterruptedException {
		AtomicInteger beats = new AtomicInteger();
		CountDownLatch three = new CountDownLatch(3);
		Heartbeat heartbeat = Heartbeat.every(Duration.ofMillis(20), scheduler, () -> {
			beats.incrementAndGet();
			three.countDown();
		});
		assertThat(three.await(5, TimeUnit.SECONDS)).as("three beats").isTrue();

		heartbeat.close();
		int atClose = beats.get();
		Thread.sleep(200);

		assertThat(beats.get()).as("at most the beat under way at close").isLessThanOrEqualTo(atClose + 1);
	}

	@Test
	void aBeatThatFailsIsFollowedByTheNextOne() throws InterruptedException {
		AtomicInteger calls = new AtomicInteger();
		CountDownLatch afterFailure = new CountDownLatch(2);
		try (Heartbeat heartbeat = Heartbeat.every(Duration.ofMillis(20), scheduler, () -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("injected by HeartbeatTests: the database is away");
			}
			afterFailure.countDown();
		})) {
			assertThat(afterFailure.await(5, TimeUnit.SECONDS)).as("beats after the failed one").isTrue();
		}
	}

}
