package dev.clientele.webhook;

import java.util.List;
import java.util.UUID;

/**
 * Registers a webhook, or (with {@code secret} {@code null}) describes a webhook's new settings
 * that keep its secret.
 *
 * @param secret the key of the HMAC-SHA256 signature, 16 to 200 characters
 */
public record RegisterWebhook(String url, List<String> events, String secret, UUID roleId, boolean active) {

	public RegisterWebhook {
		events = events == null ? List.of() : List.copyOf(events);
	}

	@Override
	public String toString() {
		return "RegisterWebhook[url=" + url + ", events=" + events + ", roleId=" + roleId + ", active=" + active + "]";
	}

}
