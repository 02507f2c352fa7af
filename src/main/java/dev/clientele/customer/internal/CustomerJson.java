package dev.clientele.customer.internal;

import dev.clientele.customer.Contact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.MatchCount;
import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;
import dev.clientele.shared.Slice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The API's JSON form of customers, contacts, versions and list pages. */
final class CustomerJson {

	private CustomerJson() {
	}

	static ObjectNode customer(Customer c) {
		ObjectNode node = ProfileJson.JSON.createObjectNode();
		node.put("id", c.id().toString());
		node.setAll(ProfileJson.customer(c.profile()));
		node.put("ownerName", c.ownerName());
		node.put("createdAt", c.createdAt().toString());
		node.put("createdBy", c.createdBy().toString());
		node.put("updatedAt", c.updatedAt().toString());
		node.put("updatedBy", c.updatedBy().toString());
		node.put("deletedAt", c.deletedAt() == null ? null : c.deletedAt().toString());
		node.put("version", c.version());
		omit(node, c.hiddenFields());
		return node;
	}

	/** Leaves out what the reader may not see. */
	private static void omit(ObjectNode node, java.util.Set<String> hidden) {
		for (String field : hidden) {
			if (field.startsWith("customFields.")) {
				((ObjectNode) node.get("customFields")).remove(field.substring("customFields.".length()));
			}
			else {
				node.remove(field);
				if (field.equals("ownerId")) {
					node.remove("ownerName");
				}
			}
		}
	}

	/** What a client may write of a customer, as it is now: the base a merge patch applies to. */
	static ObjectNode writable(Customer c) {
		ObjectNode node = ProfileJson.customer(c.profile());
		node.get("phones").forEach(phone -> ((ObjectNode) phone).remove("e164"));
		return node;
	}

	static ObjectNode contact(Contact c) {
		ObjectNode node = ProfileJson.JSON.createObjectNode();
		node.put("id", c.id().toString());
		node.put("customerId", c.customerId().toString());
		node.setAll(ProfileJson.contact(c.profile()));
		node.put("createdAt", c.createdAt().toString());
		node.put("createdBy", c.createdBy().toString());
		node.put("updatedAt", c.updatedAt().toString());
		node.put("updatedBy", c.updatedBy().toString());
		node.put("version", c.version());
		omit(node, c.hiddenFields());
		return node;
	}

	static ObjectNode writable(Contact c) {
		ObjectNode node = ProfileJson.contact(c.profile());
		node.get("phones").forEach(phone -> ((ObjectNode) phone).remove("e164"));
		return node;
	}

	static ObjectNode page(Slice<ObjectNode> slice, MatchCount count) {
		ObjectNode node = ProfileJson.JSON.createObjectNode();
		ArrayNode items = node.putArray("items");
		slice.items().forEach(items::add);
		node.put("next", slice.next());
		if (count != null) {
			node.putObject("total").put("count", count.count()).put("exact", count.exact());
		}
		return node;
	}

	/** A customer as a version recorded it: the snapshot with the id, the version and when it was recorded. */
	static ObjectNode asRecorded(RecordVersion v) {
		ObjectNode node = ProfileJson.JSON.createObjectNode();
		node.put("id", v.recordId().toString());
		node.setAll((ObjectNode) parse(v.snapshot()));
		node.remove("deletedAt");
		node.put("version", v.version());
		node.put("recordedAt", v.recordedAt().toString());
		return node;
	}

	/** A version as the subject's personal data export holds it. */
	static ObjectNode version(RecordVersion v) {
		ObjectNode node = ProfileJson.JSON.createObjectNode();
		node.put("version", v.version());
		node.put("recordedAt", v.recordedAt().toString());
		node.put("actorId", v.actorId().toString());
		node.put("actorName", v.actorName());
		node.put("source", v.source());
		node.put("reason", v.reason());
		ArrayNode changes = node.putArray("changes");
		for (FieldChange change : v.changes()) {
			ObjectNode item = changes.addObject().put("field", change.field());
			item.set("old", parse(change.oldValue()));
			item.set("new", parse(change.newValue()));
		}
		node.set("snapshot", parse(v.snapshot()));
		return node;
	}

	private static JsonNode parse(String json) {
		return json == null ? ProfileJson.JSON.nullNode() : ProfileJson.JSON.readTree(json);
	}

}
