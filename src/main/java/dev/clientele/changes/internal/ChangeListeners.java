package dev.clientele.changes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.customer.ContactChanged;
import dev.clientele.customer.ContactCreated;
import dev.clientele.customer.ContactDeleted;
import dev.clientele.customer.ContactRestored;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerCreated;
import dev.clientele.customer.CustomerDeleted;
import dev.clientele.customer.CustomerRestored;
import dev.clientele.customer.CustomersCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Appends every committed change the customer module announces to the change log. Each runs
 * after the change committed, from the event publication registry, so a change whose listener
 * did not complete (the process died, the database was away) is delivered again; appends are
 * idempotent. Customers created in a batch are appended together from the batch's event. A
 * customer's change is scoped by the owner its version records; a contact's by its customer's
 * owner when the change is appended (the contact events do not name the customer's version).
 */
@Component
class ChangeListeners {

	private static final String CUSTOMER = ChangeRow.CUSTOMER;

	private static final String CONTACT = ChangeRow.CONTACT;

	private final ChangeRecorder recorder;

	private final Owners owners;

	ChangeListeners(ChangeRecorder recorder, Owners owners) {
		this.recorder = recorder;
		this.owners = owners;
	}

	@ApplicationModuleListener(condition = "#a0.batchId() == null")
	void on(CustomerCreated event) {
		customer("created", event.customerId(), event.version(), List.of(), event.actorId());
	}

	@ApplicationModuleListener
	void on(CustomersCreated event) {
		List<ChangeRow> rows = new ArrayList<>();
		for (CustomersCreated.Member member : event.members()) {
			rows.add(ChangeRow.of(CUSTOMER, "created", member.customerId(), member.customerId(), 1, List.of(),
					event.actorId(), member.ownerId()));
			for (UUID contact : member.contactIds()) {
				rows.add(ChangeRow.of(CONTACT, "created", contact, member.customerId(), 1, List.of(), event.actorId(),
						member.ownerId()));
			}
		}
		recorder.append(rows);
	}

	@ApplicationModuleListener
	void on(CustomerChanged event) {
		customer("updated", event.customerId(), event.version(), event.fields(), event.actorId());
	}

	@ApplicationModuleListener
	void on(CustomerDeleted event) {
		customer("deleted", event.customerId(), event.version(), List.of(), event.actorId());
	}

	@ApplicationModuleListener
	void on(CustomerRestored event) {
		customer("restored", event.customerId(), event.version(), List.of(), event.actorId());
	}

	@ApplicationModuleListener(condition = "#a0.batchId() == null")
	void on(ContactCreated event) {
		contact("created", event.contactId(), event.customerId(), event.version(), List.of(), event.actorId());
	}

	@ApplicationModuleListener
	void on(ContactChanged event) {
		contact("updated", event.contactId(), event.customerId(), event.version(), event.fields(), event.actorId());
	}

	@ApplicationModuleListener
	void on(ContactDeleted event) {
		contact("deleted", event.contactId(), event.customerId(), event.version(), List.of(), event.actorId());
	}

	@ApplicationModuleListener
	void on(ContactRestored event) {
		contact("restored", event.contactId(), event.customerId(), event.version(), List.of(), event.actorId());
	}

	private void customer(String action, UUID id, int version, List<String> fields, UUID actor) {
		recorder.append(List.of(
				ChangeRow.of(CUSTOMER, action, id, id, version, fields, actor, owners.atVersion(id, version))));
	}

	private void contact(String action, UUID id, UUID customerId, int version, List<String> fields, UUID actor) {
		recorder.append(List.of(
				ChangeRow.of(CONTACT, action, id, customerId, version, fields, actor, owners.current(customerId))));
	}

}
