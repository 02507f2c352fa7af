package dev.clientele.webhook.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.RecordVersion;
import dev.clientele.shared.GoneException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.webhook.Webhook;
import org.springframework.stereotype.Component;

/**
 * Queues a change for every active webhook subscribed to its type whose role may see it: the role
 * must read customers (and contacts, for contact changes) and the customer's owner must be in the
 * role's data scope. The payload names only the changed fields the role does not have hidden.
 */
@Component
class DeliveryPlanner {

	private static final String CONTACT = "contact.";

	private final WebhookRepository webhooks;

	private final DeliveryRepository deliveries;

	private final AccessManagement access;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final Clock clock;

	DeliveryPlanner(WebhookRepository webhooks, DeliveryRepository deliveries, AccessManagement access,
			CustomerManagement customers, ContactManagement contacts, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.access = access;
		this.customers = customers;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** Runs in the listener's transaction; jobs outside requests act as the system and see every customer. */
	void plan(Change change) {
		plan(change, webhooks.findActiveFor(change.event()));
	}

	/** Plans many changes, asking once per kind of change which webhooks listen to it. */
	void planAll(List<Change> changes) {
		java.util.Map<String, List<Webhook>> subscribed = new java.util.HashMap<>();
		for (Change change : changes) {
			plan(change, subscribed.computeIfAbsent(change.event(), webhooks::findActiveFor));
		}
	}

	private void plan(Change change, List<Webhook> subscribed) {
		if (subscribed.isEmpty()) {
			return;
		}
		Optional<UUID> owner;
		try {
			owner = customers.findIncludingDeleted(change.customerId()).map(c -> c.profile().ownerId());
		}
		catch (GoneException erased) {
			// erased since: nothing about the person is told any more
			return;
		}
		if (owner.isEmpty()) {
			return;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant occurredAt = occurredAt(change).orElse(now);
		for (Webhook webhook : subscribed) {
			Access role = access.ofRole(webhook.roleId());
			if (!sees(role, change, owner.get())) {
				continue;
			}
			UUID id = Ids.newId();
			deliveries.enqueue(id, webhook.id(), change, Payloads.of(id, change, occurredAt, visibleFields(role, change)),
					now);
		}
	}

	static boolean sees(Access role, Change change, UUID owner) {
		if (!role.can(Permission.CUSTOMER_READ) || change.aboutContact() && !role.can(Permission.CONTACT_READ)) {
			return false;
		}
		return role.seesAllCustomers() || role.visibleOwners().contains(owner);
	}

	static List<String> visibleFields(Access role, Change change) {
		String prefix = change.aboutContact() ? CONTACT : "";
		return change.fields().stream().filter(field -> role.field(prefix + field) != FieldAccess.HIDDEN).toList();
	}

	/** When the change was recorded, from its version row. */
	private Optional<Instant> occurredAt(Change change) {
		try {
			if (change.aboutContact()) {
				return contacts.versions(change.contactId())
					.stream()
					.filter(v -> v.version() == change.version())
					.findFirst()
					.map(RecordVersion::recordedAt);
			}
			return customers.version(change.customerId(), change.version()).map(RecordVersion::recordedAt);
		}
		catch (NotFoundException deletedSince) {
			// the customer went to the recycle bin (or was erased) before the change was planned
			return Optional.empty();
		}
	}

}
