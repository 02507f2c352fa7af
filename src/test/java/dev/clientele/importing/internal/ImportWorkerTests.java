package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ImportWorkerTests {

	private final ImportBatchRepository batches = mock(ImportBatchRepository.class);

	private final ImportRunner runner = mock(ImportRunner.class);

	private final UUID job = UUID.randomUUID();

	@Test
	void aJobWhoseStepOutlastsTheStaleTimeKeepsBeatingSoThatNoOtherWorkerClaimsIt() throws InterruptedException {
		when(batches.claim(any(), any())).thenReturn(Optional.of(job), Optional.empty());
		CountDownLatch ran = new CountDownLatch(1);
		when(runner.run(eq(job), any())).thenAnswer(call -> {
			Thread.sleep(450); // three times the stale time, in one step
			ran.countDown();
			return true;
		});
		ImportWorker worker = new ImportWorker(batches, runner, Clock.systemUTC(), Duration.ofMillis(150), Duration.ofHours(1));

		worker.start();
		try {
			assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
			verify(batches, timeout(1000).atLeast(4)).heartbeat(eq(job), any());
			verify(batches, never()).requeue(job);
		}
		finally {
			worker.stop();
		}
	}

	@Test
	void aJobStoppedBetweenTwoStepsGoesBackToTheQueue() throws InterruptedException {
		when(batches.claim(any(), any())).thenReturn(Optional.of(job), Optional.empty());
		when(runner.run(eq(job), any())).thenReturn(false);
		ImportWorker worker = new ImportWorker(batches, runner, Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofHours(1));

		worker.start();
		try {
			verify(batches, timeout(5000)).requeue(job);
		}
		finally {
			worker.stop();
		}
	}

}
