package dev.clientele.webhook.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.clientele.webhook.WebhookDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due. Each round claims a batch in a short transaction (rows held by
 * another instance are skipped), sends outside any transaction and records each outcome in its own:
 * 2xx delivers; anything else is tried again with {@link Backoff} until 24 hours after the first
 * attempt, then fails. Failures are normal operation and logged at INFO and DEBUG only.
 */
@Component
class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	static final int BATCH = 20;

	/**
	 * How long a claim holds a delivery: longer than a whole batch can take (each attempt at most
	 * 5 s to connect plus a request timeout of up to 25 s), so that no other dispatcher claims it meanwhile.
	 */
	static final Duration LEASE = Duration.ofMinutes(10);

	private final DeliveryRepository deliveries;

	private final HttpDelivery http;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WebhookDispatcher(DeliveryRepository deliveries, HttpDelivery http, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.deliveries = deliveries;
		this.http = http;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Sends what is due now, batch after batch; answers how many attempts were made. */
	int dispatchDue() {
		int attempts = 0;
		while (true) {
			Instant now = now();
			List<Claimed> batch = transactions.execute(status -> deliveries.claim(now, now.plus(LEASE), BATCH));
			if (batch == null || batch.isEmpty()) {
				return attempts;
			}
			for (Claimed delivery : batch) {
				Outcome outcome = http.send(delivery);
				transactions.executeWithoutResult(status -> record(delivery, outcome));
				attempts++;
			}
			if (batch.size() < BATCH) {
				return attempts;
			}
		}
	}

	private void record(Claimed delivery, Outcome outcome) {
		Instant now = now();
		if (outcome.delivered()) {
			deliveries.record(delivery, outcome, WebhookDelivery.DELIVERED, null, now);
			log.debug("Webhook delivery {} delivered (HTTP {})", delivery.id(), outcome.statusCode());
			return;
		}
		Instant first = delivery.firstAttemptAt() == null ? outcome.attemptedAt() : delivery.firstAttemptAt();
		if (Backoff.givenUp(first, now)) {
			deliveries.record(delivery, outcome, WebhookDelivery.FAILED, null, now);
			log.info("Webhook delivery {} of webhook {} failed for good after {} attempts: {}", delivery.id(),
					delivery.webhookId(), delivery.attempts() + 1, outcome.error());
			return;
		}
		Instant next = now.plus(Backoff.delay(delivery.attempts() + 1));
		deliveries.record(delivery, outcome, WebhookDelivery.PENDING, next, now);
		log.debug("Webhook delivery {} attempt {} failed ({}), next at {}", delivery.id(), delivery.attempts() + 1,
				outcome.error(), next);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
