package dev.clientele.webhook.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The webhook settings: {@code clientele.webhooks.allow-private} (env {@code CLIENTELE_WEBHOOK_ALLOW_PRIVATE}, default
 * false) lets targets resolve to private and loopback addresses; {@code clientele.webhooks.dispatcher.enabled}
 * (default true) runs the dispatcher in this instance; {@code poll-interval} and {@code timeout} tune it.
 */
@Component
class WebhookSettings {

	private final boolean allowPrivate;

	private final boolean dispatcherEnabled;

	private final Duration pollInterval;

	private final Duration timeout;

	WebhookSettings(@Value("${clientele.webhooks.allow-private:false}") boolean allowPrivate,
			@Value("${clientele.webhooks.dispatcher.enabled:true}") boolean dispatcherEnabled,
			@Value("${clientele.webhooks.poll-interval:1s}") Duration pollInterval,
			@Value("${clientele.webhooks.timeout:10s}") Duration timeout) {
		this.allowPrivate = allowPrivate;
		this.dispatcherEnabled = dispatcherEnabled;
		this.pollInterval = pollInterval;
		this.timeout = timeout;
	}

	boolean allowPrivate() {
		return allowPrivate;
	}

	boolean dispatcherEnabled() {
		return dispatcherEnabled;
	}

	Duration pollInterval() {
		return pollInterval;
	}

	Duration timeout() {
		return timeout;
	}

	AddressGuard guard() {
		return new AddressGuard(allowPrivate);
	}

}
