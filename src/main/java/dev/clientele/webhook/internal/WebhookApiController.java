package dev.clientele.webhook.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import dev.clientele.webhook.DeliveryAttempt;
import dev.clientele.webhook.RegisterWebhook;
import dev.clientele.webhook.Webhook;
import dev.clientele.webhook.WebhookDelivery;
import dev.clientele.webhook.WebhookManagement;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The webhook REST API: {@code /api/v1/webhooks} and each webhook's delivery log. The secret is
 * accepted on writes and never answered.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookApiController {

	private static final Set<String> WRITABLE = Set.of("url", "events", "secret", "roleId", "active");

	private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt");

	private final WebhookManagement webhooks;

	WebhookApiController(WebhookManagement webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	List<Webhook> list() {
		return webhooks.webhooks();
	}

	@GetMapping("/{id}")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	Webhook get(@PathVariable String id) {
		return find(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	ResponseEntity<Webhook> register(@RequestBody JsonNode body) {
		Webhook webhook = webhooks.register(read(body, null));
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + webhook.id())).body(webhook);
	}

	/** Changes the members given; the others (and the secret, unless given) stay. */
	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE })
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	Webhook patch(@PathVariable String id, @RequestBody JsonNode body) {
		Webhook current = find(id);
		return webhooks.change(current.id(), read(body, current));
	}

	/** Replaces the settings; a secret left out stays as it is. */
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	Webhook replace(@PathVariable String id, @RequestBody JsonNode body) {
		Webhook current = find(id);
		return webhooks.change(current.id(), read(body, null));
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	ResponseEntity<Void> remove(@PathVariable String id) {
		webhooks.remove(find(id).id());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	List<WebhookDelivery> deliveries(@PathVariable String id, @RequestParam(defaultValue = "100") int limit) {
		return webhooks.deliveries(find(id).id(), limit);
	}

	@GetMapping("/{id}/deliveries/{deliveryId}")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	DeliveryLog delivery(@PathVariable String id, @PathVariable String deliveryId) {
		UUID webhookId = find(id).id();
		UUID delivery = Ids.parse(deliveryId).orElseThrow(WebhookApiController::deliveryNotFound);
		return new DeliveryLog(webhooks.delivery(webhookId, delivery).orElseThrow(WebhookApiController::deliveryNotFound),
				webhooks.attempts(webhookId, delivery));
	}

	@PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
	@RequiresPermission(Permission.WEBHOOK_ADMIN)
	ResponseEntity<WebhookDelivery> redeliver(@PathVariable String id, @PathVariable String deliveryId) {
		UUID webhookId = find(id).id();
		UUID delivery = Ids.parse(deliveryId).orElseThrow(WebhookApiController::deliveryNotFound);
		return ResponseEntity.accepted().body(webhooks.redeliver(webhookId, delivery));
	}

	/** A delivery with its attempt log, oldest attempt first. */
	record DeliveryLog(WebhookDelivery delivery, List<DeliveryAttempt> attempts) {
	}

	/** Reads a body; with {@code current}, members left out keep their current value (merge patch). */
	private static RegisterWebhook read(JsonNode body, Webhook current) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, WRITABLE, READ_ONLY, violations);
		violations.throwIfAny();
		boolean keep = current != null;
		String url = keep && !body.has("url") ? current.url() : JsonFields.text(body, "url", violations);
		List<String> events = keep && !body.has("events") ? current.events() : JsonFields.strings(body, "events", violations);
		String secret = JsonFields.text(body, "secret", violations);
		UUID roleId = keep && !body.has("roleId") ? current.roleId() : JsonFields.id(body, "roleId", violations);
		boolean active = JsonFields.bool(body, "active", keep ? current.active() : true, violations);
		if (body.has("secret") && body.get("secret").isNull()) {
			violations.add("secret", "json.string");
		}
		violations.throwIfAny();
		return new RegisterWebhook(url, events, secret, roleId, active);
	}

	private Webhook find(String id) {
		return Ids.parse(id).flatMap(webhooks::find).orElseThrow(() -> new NotFoundException("Webhook"));
	}

	private static NotFoundException deliveryNotFound() {
		return new NotFoundException("Delivery");
	}

}
