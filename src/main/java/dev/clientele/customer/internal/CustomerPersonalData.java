package dev.clientele.customer.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.Contact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.RecordVersion;
import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import dev.clientele.privacy.SubjectIdentifiers;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The customer module's share of a customer's personal data: the current record, every version of
 * it, its contacts (deleted ones too) with their versions, and the rows that index its values. The
 * privacy module has checked the permission and the scope before it calls.
 */
@Component
class CustomerPersonalData implements PersonalDataPart {

	static final String NAME = "customer";

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	private final VersionRepositories versions;

	private final PersonalDataRepository rows;

	CustomerPersonalData(CustomerRepository customers, ContactRepository contacts, VersionRepositories versions,
			PersonalDataRepository rows) {
		this.customers = customers;
		this.contacts = contacts;
		this.versions = versions;
		this.rows = rows;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public JsonNode export(UUID customerId) {
		ObjectNode part = ProfileJson.JSON.createObjectNode();
		customers.find(customerId).ifPresent(customer -> part.set("record", CustomerJson.customer(customer)));
		part.set("versions", versions(versions.customers().list(customerId)));
		ArrayNode contactNodes = part.putArray("contacts");
		for (Contact contact : contacts(customerId)) {
			ObjectNode node = CustomerJson.contact(contact);
			node.put("deletedAt", contact.deletedAt() == null ? null : contact.deletedAt().toString());
			node.set("versions", versions(versions.contacts().list(contact.id())));
			contactNodes.add(node);
		}
		return part;
	}

	/**
	 * Every phone and email the customer and its contacts were ever recorded with, read from all
	 * their versions: a number changed before the erasure is blocked as well as the current one.
	 */
	@Override
	public SubjectIdentifiers identifiers(UUID customerId) {
		Set<String> phones = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		collect(versions.customers().list(customerId), phones, emails);
		for (UUID contactId : rows.contactIds(customerId)) {
			collect(versions.contacts().list(contactId), phones, emails);
		}
		return new SubjectIdentifiers(List.copyOf(phones), List.copyOf(emails));
	}

	private static void collect(List<RecordVersion> history, Set<String> phones, Set<String> emails) {
		for (RecordVersion version : history) {
			JsonNode snapshot = ProfileJson.JSON.readTree(version.snapshot());
			snapshot.path("phones").forEach(phone -> {
				if (phone.path("e164").isString()) {
					phones.add(phone.get("e164").stringValue());
				}
			});
			snapshot.path("emails").forEach(email -> {
				if (email.path("address").isString()) {
					emails.add(email.get("address").stringValue());
				}
			});
		}
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		int customerVersions = rewrite(versions.customers().list(customerId), "customer_version", "customer_id");
		int contactVersions = 0;
		List<UUID> contactIds = rows.contactIds(customerId);
		for (UUID contactId : contactIds) {
			contactVersions += rewrite(versions.contacts().list(contactId), "contact_version", "contact_id");
		}
		int contactRows = rows.eraseContacts(customerId, context.erasedAt(), context.actorId());
		int indexRows = rows.deleteIndexRows(customerId);
		int customerRows = rows.eraseCustomer(customerId, context.erasedAt(), context.actorId());
		return ErasureCounts.of("records", customerRows)
			.and("versions", customerVersions)
			.and("contacts", contactRows)
			.and("contactVersions", contactVersions)
			.and("indexRows", indexRows);
	}

	private int rewrite(List<RecordVersion> all, String table, String idColumn) {
		for (RecordVersion v : all) {
			rows.rewriteVersion(table, idColumn, v.recordId(), v.version(), Redaction.snapshot(v.snapshot()),
					Redaction.changes(v.changes()));
		}
		return all.size();
	}

	private List<Contact> contacts(UUID customerId) {
		return rows.contactIds(customerId).stream().map(contacts::find).flatMap(java.util.Optional::stream).toList();
	}

	private static ArrayNode versions(List<RecordVersion> list) {
		ArrayNode array = ProfileJson.JSON.createArrayNode();
		list.forEach(v -> array.add(CustomerJson.version(v)));
		return array;
	}

}
