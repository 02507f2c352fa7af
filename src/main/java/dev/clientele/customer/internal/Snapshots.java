package dev.clientele.customer.internal;

import dev.clientele.customer.Contact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.RecordVersion;
import dev.clientele.shared.WriteContext;
import tools.jackson.databind.node.ObjectNode;

/** The full state each version row keeps, and the version rows themselves. */
final class Snapshots {

	private Snapshots() {
	}

	static ObjectNode customer(Customer customer) {
		ObjectNode node = ProfileJson.customer(customer.profile());
		node.put("deletedAt", customer.deletedAt() == null ? null : customer.deletedAt().toString());
		return node;
	}

	static ObjectNode contact(Contact contact) {
		ObjectNode node = ProfileJson.contact(contact.profile());
		node.put("customerId", contact.customerId().toString());
		node.put("deletedAt", contact.deletedAt() == null ? null : contact.deletedAt().toString());
		return node;
	}

	/** The version a write of {@code customer} appends; {@code before} is empty for a new record. */
	static RecordVersion version(WriteContext context, Customer customer, ObjectNode before) {
		ObjectNode after = customer(customer);
		return new RecordVersion(customer.id(), customer.version(), after.toString(), ProfileJson.changes(before, after),
				context.actor(), null, customer.updatedAt(), context.source().value(), context.reason());
	}

	static RecordVersion version(WriteContext context, Contact contact, ObjectNode before) {
		ObjectNode after = contact(contact);
		return new RecordVersion(contact.id(), contact.version(), after.toString(), ProfileJson.changes(before, after),
				context.actor(), null, contact.updatedAt(), context.source().value(), context.reason());
	}

}
