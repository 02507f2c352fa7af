package dev.clientele.importing.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs one at a time in the background, from start-up until shutdown. It claims
 * queued jobs and jobs whose worker stopped beating for {@code clientele.imports.stale-after} (a
 * process that was killed), so that an interrupted import resumes after a restart. While it runs a
 * job it beats for it every third of that time from a thread of its own, however long a step
 * takes. On shutdown the job in hand stops after its current step and goes back to the queue.
 */
@Component
@Profile("!audit-verify")
class ImportWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final ImportBatchRepository batches;

	private final ImportRunner runner;

	private final Clock clock;

	private final Duration staleAfter;

	private final Duration pollInterval;

	private volatile ScheduledExecutorService executor;

	private volatile ScheduledExecutorService heartbeats;

	private volatile boolean stopping;

	ImportWorker(ImportBatchRepository batches, ImportRunner runner, Clock clock,
			@Value("${clientele.imports.stale-after:60s}") Duration staleAfter,
			@Value("${clientele.imports.poll-interval:1s}") Duration pollInterval) {
		this.batches = batches;
		this.runner = runner;
		this.clock = clock;
		this.staleAfter = staleAfter;
		this.pollInterval = pollInterval;
	}

	@Override
	public synchronized void start() {
		if (executor != null) {
			return;
		}
		stopping = false;
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "import-worker"));
		heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "import-heartbeat"));
		executor.scheduleWithFixedDelay(this::round, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Wakes the worker at once, e.g. after a job was queued. */
	void wake() {
		ScheduledExecutorService current = executor;
		if (current != null && !stopping) {
			current.execute(this::round);
		}
	}

	private void round() {
		try {
			Optional<UUID> job;
			while (!stopping && (job = batches.claim(clock.instant(), clock.instant().minus(staleAfter))).isPresent()) {
				UUID id = job.get();
				boolean ended;
				try (Heartbeat beating = Heartbeat.every(staleAfter.dividedBy(3), heartbeats,
						() -> batches.heartbeat(id, clock.instant()))) {
					ended = runner.run(id, () -> stopping);
				}
				if (!ended) {
					batches.requeue(id);
				}
			}
		}
		catch (RuntimeException ex) {
			// the database may be briefly unreachable; the next round tries again
			log.warn("Import round failed: {}", ex.toString());
		}
	}

	@Override
	public synchronized void stop() {
		if (executor == null) {
			return;
		}
		stopping = true;
		executor.shutdown();
		try {
			if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
		executor = null;
		heartbeats.shutdownNow();
		heartbeats = null;
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
