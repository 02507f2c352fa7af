package dev.clientele.changes.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.changes.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The subscribers to {@code /api/v1/changes/stream}. Each has its own cursor into the change log
 * and is sent, in commit order, what its user may see now: after every committed append, and on
 * every keep-alive (which also picks up changes appended by another instance). One thread does
 * all the sending, so one subscriber's events never interleave. Emitters that complete, time out
 * or fail are dropped; a client that reconnects with {@code Last-Event-ID} gets what it missed.
 */
@Component
class ChangeStream {

	private static final Logger LOG = LoggerFactory.getLogger(ChangeStream.class);

	private static final int PAGE = 200;

	private final ChangeService feed;

	private final AccessManagement access;

	private final long timeoutMillis;

	private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "change-stream");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean drainQueued = new AtomicBoolean();

	ChangeStream(ChangeService feed, AccessManagement access,
			@Value("${clientele.changes.stream-timeout:30m}") Duration timeout,
			@Value("${clientele.changes.keep-alive:20s}") Duration keepAlive) {
		this.feed = feed;
		this.access = access;
		this.timeoutMillis = timeout.toMillis();
		sender.scheduleWithFixedDelay(this::keepAlive, keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** A new subscriber that is sent every change after {@code after} its user may see. */
	SseEmitter subscribe(UUID userId, long after) {
		SseEmitter emitter = new SseEmitter(timeoutMillis);
		Subscriber subscriber = new Subscriber(userId, emitter, after);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onError(error -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> {
			subscribers.remove(subscriber);
			emitter.complete();
		});
		subscribers.add(subscriber);
		sender.execute(() -> {
			// sends the response's head at once, and asks clients to reconnect after 5 s
			if (send(subscriber, SseEmitter.event().comment("subscribed").reconnectTime(5000))) {
				drain(subscriber);
			}
		});
		return emitter;
	}

	/** Something was appended and committed: send it to whoever may see it. */
	void changed() {
		if (drainQueued.compareAndSet(false, true)) {
			sender.execute(() -> {
				drainQueued.set(false);
				subscribers.forEach(this::drain);
			});
		}
	}

	int subscribers() {
		return subscribers.size();
	}

	private void keepAlive() {
		for (Subscriber subscriber : subscribers) {
			drain(subscriber);
			if (subscribers.contains(subscriber)) {
				send(subscriber, SseEmitter.event().comment("keep-alive"));
			}
		}
	}

	private void drain(Subscriber subscriber) {
		try {
			Access reader = access.of(subscriber.userId);
			if (!reader.can(Permission.CUSTOMER_READ)) {
				drop(subscriber);
				subscriber.emitter.complete();
				return;
			}
			ChangeService.Page page;
			do {
				page = feed.read(subscriber.after, PAGE, reader);
				for (Change change : page.items()) {
					if (!send(subscriber, SseEmitter.event()
						.id(Long.toString(change.seq()))
						.name("change")
						.data(change, MediaType.APPLICATION_JSON))) {
						return;
					}
				}
				subscriber.after = page.next();
			}
			while (page.items().size() == PAGE);
		}
		catch (RuntimeException ex) {
			// the database may be away for a moment: the next keep-alive tries again
			LOG.warn("Could not read changes for a stream subscriber: {}", ex.toString());
		}
	}

	private boolean send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
		if (!subscribers.contains(subscriber)) {
			return false;
		}
		try {
			subscriber.emitter.send(event);
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away; the container completes the request
			drop(subscriber);
			return false;
		}
	}

	private void drop(Subscriber subscriber) {
		subscribers.remove(subscriber);
	}

	/** Ends every stream before the web server's graceful shutdown waits for open requests. */
	@EventListener(ContextClosedEvent.class)
	void stop() {
		sender.shutdownNow();
		List.copyOf(subscribers).forEach(subscriber -> {
			drop(subscriber);
			subscriber.emitter.complete();
		});
	}

	private static final class Subscriber {

		private final UUID userId;

		private final SseEmitter emitter;

		private volatile long after;

		Subscriber(UUID userId, SseEmitter emitter, long after) {
			this.userId = userId;
			this.emitter = emitter;
			this.after = after;
		}

	}

}
