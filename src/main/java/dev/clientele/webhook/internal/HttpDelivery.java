package dev.clientele.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Sends one delivery: checks the target's addresses again (they may have changed since it was
 * registered), then POSTs the payload with its signature. Redirects are not followed, so a target
 * cannot send Clientele on to an internal address; any answer but 2xx is a failure.
 */
@Component
class HttpDelivery {

	private static final int MAX_ERROR = 500;

	private final HttpClient client;

	private final AddressGuard guard;

	private final Duration timeout;

	private final Clock clock;

	HttpDelivery(WebhookSettings settings, Clock clock) {
		this.guard = settings.guard();
		this.timeout = settings.timeout();
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout().compareTo(Duration.ofSeconds(5)) < 0 ? settings.timeout() : Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	Outcome send(Claimed delivery) {
		Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		long started = System.nanoTime();
		Optional<String> refused = guard.problem(delivery.url());
		if (refused.isPresent()) {
			return new Outcome(at, null, "refused: " + refused.get(), elapsed(started));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Clientele-Webhooks/1")
			.header("X-Clientele-Event", delivery.event())
			.header("X-Clientele-Delivery", delivery.id().toString())
			.header(Signatures.HEADER, Signatures.sign(delivery.secret(), delivery.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			// the status is the answer; a body that never ends must not hold the dispatcher
			response.body().close();
			int status = response.statusCode();
			String error = status >= 200 && status < 300 ? null : "HTTP " + status;
			return new Outcome(at, status, error, elapsed(started));
		}
		catch (HttpTimeoutException ex) {
			return new Outcome(at, null, "timeout after " + timeout.toMillis() + " ms", elapsed(started));
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Outcome(at, null, describe(ex), elapsed(started));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(at, null, "interrupted", elapsed(started));
		}
	}

	private static String describe(Exception ex) {
		String text = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

}
