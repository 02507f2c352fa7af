package dev.clientele.importing.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beats for a job at a fixed rate while its worker runs it, from another thread, so that a job
 * whose step takes longer than the time after which a silent job counts as abandoned is not
 * claimed by a second worker. A beat that fails is logged and the next one tried.
 */
final class Heartbeat implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

	private final ScheduledFuture<?> beating;

	private Heartbeat(ScheduledFuture<?> beating) {
		this.beating = beating;
	}

	/** Starts beating: the first beat after one interval, then one every interval until closed. */
	static Heartbeat every(Duration interval, ScheduledExecutorService scheduler, Runnable beat) {
		long millis = Math.max(1, interval.toMillis());
		return new Heartbeat(scheduler.scheduleAtFixedRate(() -> {
			try {
				beat.run();
			}
			catch (RuntimeException ex) {
				log.warn("Import heartbeat failed: {}", ex.toString());
			}
		}, millis, millis, TimeUnit.MILLISECONDS));
	}

	/** Stops beating; a beat under way finishes. */
	@Override
	public void close() {
		beating.cancel(false);
	}

}
