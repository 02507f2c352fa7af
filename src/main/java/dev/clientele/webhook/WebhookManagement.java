package dev.clientele.webhook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The façade of the webhook module. Everything needs {@code webhook:admin}; erasure reaches the
 * delivery log through the module's {@link dev.clientele.privacy.PersonalDataPart}.
 */
public interface WebhookManagement {

	/** Every webhook, oldest first. */
	List<Webhook> webhooks();

	Optional<Webhook> find(UUID id);

	/**
	 * Registers a webhook.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming each bad field (a URL that is not
	 * http(s), or whose host resolves to a private, loopback or otherwise internal address, unless
	 * {@code CLIENTELE_WEBHOOK_ALLOW_PRIVATE=true}); nothing is written
	 */
	Webhook register(RegisterWebhook command);

	/**
	 * Replaces a webhook's settings; a {@code null} secret keeps the current one.
	 *
	 * @throws dev.clientele.shared.NotFoundException if there is no such webhook
	 */
	Webhook change(UUID id, RegisterWebhook command);

	/** Deletes a webhook with its deliveries and their attempt log. */
	void remove(UUID id);

	/** A webhook's deliveries, newest first. */
	List<WebhookDelivery> deliveries(UUID webhookId, int limit);

	/** One delivery of a webhook. */
	Optional<WebhookDelivery> delivery(UUID webhookId, UUID deliveryId);

	/** The attempts to deliver, oldest first. */
	List<DeliveryAttempt> attempts(UUID webhookId, UUID deliveryId);

	/**
	 * Sends a delivery again as soon as possible, whatever its status, with a new 24-hour window.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the webhook has no such delivery
	 */
	WebhookDelivery redeliver(UUID webhookId, UUID deliveryId);

}
