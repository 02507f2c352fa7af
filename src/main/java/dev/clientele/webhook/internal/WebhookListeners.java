package dev.clientele.webhook.internal;

import java.util.List;

import dev.clientele.customer.ContactChanged;
import dev.clientele.customer.ContactCreated;
import dev.clientele.customer.ContactDeleted;
import dev.clientele.customer.ContactRestored;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerCreated;
import dev.clientele.customer.CustomerDeleted;
import dev.clientele.customer.CustomerRestored;
import dev.clientele.webhook.WebhookEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues deliveries after each customer and contact change commits, through the event publication
 * registry (a change whose listener has not finished is told again on restart, and queued once).
 * Batches need nothing of their own: each customer of a batch (creation, handover) has its own
 * {@link CustomerCreated} or {@link CustomerChanged}, and so its own delivery.
 */
@Component
class WebhookListeners {

	private final DeliveryPlanner planner;

	WebhookListeners(DeliveryPlanner planner) {
		this.planner = planner;
	}

	@ApplicationModuleListener
	void on(CustomerCreated event) {
		planner.plan(new Change(WebhookEvents.CUSTOMER_CREATED, event.customerId(), null, event.version(), event.actorId(),
				List.of()));
	}

	@ApplicationModuleListener
	void on(CustomerChanged event) {
		planner.plan(new Change(WebhookEvents.CUSTOMER_UPDATED, event.customerId(), null, event.version(), event.actorId(),
				event.fields()));
	}

	@ApplicationModuleListener
	void on(CustomerDeleted event) {
		planner.plan(new Change(WebhookEvents.CUSTOMER_DELETED, event.customerId(), null, event.version(), event.actorId(),
				List.of()));
	}

	@ApplicationModuleListener
	void on(CustomerRestored event) {
		planner.plan(new Change(WebhookEvents.CUSTOMER_RESTORED, event.customerId(), null, event.version(),
				event.actorId(), List.of()));
	}

	@ApplicationModuleListener
	void on(ContactCreated event) {
		planner.plan(new Change(WebhookEvents.CONTACT_CREATED, event.customerId(), event.contactId(), event.version(),
				event.actorId(), List.of()));
	}

	@ApplicationModuleListener
	void on(ContactChanged event) {
		planner.plan(new Change(WebhookEvents.CONTACT_UPDATED, event.customerId(), event.contactId(), event.version(),
				event.actorId(), event.fields()));
	}

	@ApplicationModuleListener
	void on(ContactDeleted event) {
		planner.plan(new Change(WebhookEvents.CONTACT_DELETED, event.customerId(), event.contactId(), event.version(),
				event.actorId(), List.of()));
	}

	@ApplicationModuleListener
	void on(ContactRestored event) {
		planner.plan(new Change(WebhookEvents.CONTACT_RESTORED, event.customerId(), event.contactId(), event.version(),
				event.actorId(), List.of()));
	}

}
