package dev.clientele.webhook.internal;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.customer.ContactChanged;
import dev.clientele.customer.ContactCreated;
import dev.clientele.customer.ContactDeleted;
import dev.clientele.customer.ContactRestored;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerCreated;
import dev.clientele.customer.CustomerDeleted;
import dev.clientele.customer.CustomerRestored;
import dev.clientele.customer.CustomersCreated;
import dev.clientele.webhook.WebhookEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues deliveries after each customer and contact change commits, through the event publication
 * registry (a change whose listener has not finished is told again on restart, and queued once).
 * Customers created in a batch (imports, demo data) are planned from the batch's one
 * {@link CustomersCreated}, so that a million of them do not leave two million publications behind;
 * each member still gets its own delivery.
 */
@Component
class WebhookListeners {

	private final DeliveryPlanner planner;

	WebhookListeners(DeliveryPlanner planner) {
		this.planner = planner;
	}

	@ApplicationModuleListener(condition = "#a0.batchId() == null")
	void on(CustomerCreated event) {
		planner.plan(new Change(WebhookEvents.CUSTOMER_CREATED, event.customerId(), null, event.version(), event.actorId(),
				List.of()));
	}

	@ApplicationModuleListener
	void on(CustomersCreated event) {
		List<Change> changes = new ArrayList<>();
		for (CustomersCreated.Member member : event.members()) {
			changes.add(new Change(WebhookEvents.CUSTOMER_CREATED, member.customerId(), null, 1, event.actorId(),
					List.of()));
			member.contactIds()
				.forEach(contact -> changes.add(new Change(WebhookEvents.CONTACT_CREATED, member.customerId(), contact, 1,
						event.actorId(), List.of())));
		}
		planner.planAll(changes);
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

	@ApplicationModuleListener(condition = "#a0.batchId() == null")
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
