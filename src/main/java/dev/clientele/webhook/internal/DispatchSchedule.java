package dev.clientele.webhook.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher on a thread of its own every poll interval (a slow receiver delays no other
 * scheduled work), from start-up until shutdown, unless {@code clientele.webhooks.dispatcher.enabled=false}.
 * Several instances may run it at once: deliveries are claimed row by row.
 */
@Component
@Profile("!audit-verify")
class DispatchSchedule implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

	private final WebhookDispatcher dispatcher;

	private final WebhookSettings settings;

	private volatile ScheduledExecutorService executor;

	DispatchSchedule(WebhookDispatcher dispatcher, WebhookSettings settings) {
		this.dispatcher = dispatcher;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		if (!settings.dispatcherEnabled() || executor != null) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "webhook-dispatcher");
			thread.setDaemon(true);
			return thread;
		});
		long interval = settings.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void round() {
		try {
			dispatcher.dispatchDue();
		}
		catch (RuntimeException ex) {
			// the database may be briefly unreachable; the next round tries again
			log.warn("Webhook dispatch round failed: {}", ex.toString());
		}
	}

	@Override
	public synchronized void stop() {
		if (executor == null) {
			return;
		}
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
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

}
