package dev.clientele.webhook.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.audit.AuditTrail;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import dev.clientele.webhook.DeliveryAttempt;
import dev.clientele.webhook.RegisterWebhook;
import dev.clientele.webhook.Webhook;
import dev.clientele.webhook.WebhookDelivery;
import dev.clientele.webhook.WebhookEvents;
import dev.clientele.webhook.WebhookManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class WebhookService implements WebhookManagement {

	static final int MAX_URL = 2000;

	static final int MIN_SECRET = 16;

	static final int MAX_SECRET = 200;

	static final int MAX_DELIVERIES = 500;

	private final WebhookRepository webhooks;

	private final DeliveryRepository deliveries;

	private final AccessManagement access;

	private final AuditTrail audit;

	private final AddressGuard guard;

	private final Clock clock;

	WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, AccessManagement access, AuditTrail audit,
			WebhookSettings settings, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.access = access;
		this.audit = audit;
		this.guard = settings.guard();
		this.clock = clock;
	}

	@Override
	public List<Webhook> webhooks() {
		requireAdmin();
		return webhooks.findAll();
	}

	@Override
	public Optional<Webhook> find(UUID id) {
		requireAdmin();
		return webhooks.findById(id);
	}

	@Override
	@Transactional
	public Webhook register(RegisterWebhook command) {
		UUID actor = requireAdmin();
		check(command, true);
		Instant now = now();
		Webhook webhook = new Webhook(Ids.newId(), command.url().strip(), command.events(), command.roleId(),
				command.active(), now, now);
		webhooks.insert(webhook, command.secret());
		audit.record(actor, "webhook.created", "webhook", webhook.id().toString(), List.of(), "success",
				"events=" + String.join(",", webhook.events()));
		return webhook;
	}

	@Override
	@Transactional
	public Webhook change(UUID id, RegisterWebhook command) {
		UUID actor = requireAdmin();
		Webhook current = webhooks.findById(id).orElseThrow(WebhookService::notFound);
		check(command, false);
		Webhook changed = new Webhook(id, command.url().strip(), command.events(), command.roleId(), command.active(),
				current.createdAt(), now());
		webhooks.update(changed, command.secret());
		audit.record(actor, "webhook.changed", "webhook", id.toString(),
				command.secret() == null ? List.of() : List.of("secret"), "success",
				"events=" + String.join(",", changed.events()) + " active=" + changed.active());
		return changed;
	}

	@Override
	@Transactional
	public void remove(UUID id) {
		UUID actor = requireAdmin();
		webhooks.findById(id).orElseThrow(WebhookService::notFound);
		webhooks.delete(id);
		audit.record(actor, "webhook.deleted", "webhook", id.toString(), List.of(), "success", null);
	}

	@Override
	public List<WebhookDelivery> deliveries(UUID webhookId, int limit) {
		requireAdmin();
		webhooks.findById(webhookId).orElseThrow(WebhookService::notFound);
		return deliveries.findByWebhook(webhookId, Math.max(1, Math.min(limit, MAX_DELIVERIES)));
	}

	@Override
	public Optional<WebhookDelivery> delivery(UUID webhookId, UUID deliveryId) {
		requireAdmin();
		return deliveries.find(webhookId, deliveryId);
	}

	@Override
	public List<DeliveryAttempt> attempts(UUID webhookId, UUID deliveryId) {
		requireAdmin();
		return deliveries.find(webhookId, deliveryId).map(d -> deliveries.attempts(d.id())).orElse(List.of());
	}

	@Override
	@Transactional
	public WebhookDelivery redeliver(UUID webhookId, UUID deliveryId) {
		UUID actor = requireAdmin();
		deliveries.find(webhookId, deliveryId).orElseThrow(() -> new NotFoundException("Delivery"));
		deliveries.redeliver(deliveryId, now());
		audit.record(actor, "webhook.redelivered", "webhook", webhookId.toString(), List.of(), "success",
				"delivery=" + deliveryId);
		return deliveries.find(webhookId, deliveryId).orElseThrow(() -> new NotFoundException("Delivery"));
	}

	/** Reports every bad field at once; the secret is required when registering only. */
	private void check(RegisterWebhook command, boolean secretRequired) {
		Violations violations = new Violations();
		String url = command.url() == null ? "" : command.url().strip();
		if (url.isEmpty()) {
			violations.add("url", "field.required");
		}
		else if (url.length() > MAX_URL) {
			violations.add("url", "field.tooLong", MAX_URL);
		}
		else {
			guard.problem(url).ifPresent(code -> violations.add("url", code));
		}
		if (command.events().isEmpty()) {
			violations.add("events", "field.required");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < command.events().size(); i++) {
			String event = command.events().get(i);
			if (!WebhookEvents.ALL.contains(event)) {
				violations.add("events[" + i + "]", "webhook.event", String.join(", ", WebhookEvents.ALL));
			}
			else if (!seen.add(event)) {
				violations.add("events[" + i + "]", "webhook.eventRepeated");
			}
		}
		if (command.secret() == null) {
			if (secretRequired) {
				violations.add("secret", "field.required");
			}
		}
		else if (command.secret().length() < MIN_SECRET || command.secret().length() > MAX_SECRET) {
			violations.add("secret", "webhook.secret", MIN_SECRET, MAX_SECRET);
		}
		if (command.roleId() == null) {
			violations.add("roleId", "field.required");
		}
		else {
			var role = access.roles().stream().filter(r -> r.id().equals(command.roleId())).findFirst();
			if (role.isEmpty()) {
				violations.add("roleId", "webhook.role");
			}
			else if (role.get().scope() != dev.clientele.access.DataScope.ALL) {
				// own and department scopes are counted from a user, and a webhook acts for none
				violations.add("roleId", "webhook.roleScope");
			}
		}
		violations.throwIfAny();
	}

	private UUID requireAdmin() {
		var current = access.current();
		current.require(Permission.WEBHOOK_ADMIN);
		return current.userId();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Webhook");
	}

}
