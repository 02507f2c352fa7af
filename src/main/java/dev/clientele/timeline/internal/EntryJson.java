package dev.clientele.timeline.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.RecordEntry;
import tools.jackson.databind.JsonNode;

/**
 * Reads an entry from a JSON object, reporting unknown, read-only and mistyped members by name.
 * Amounts must be strings ({@code "19.90"}): a JSON number may already have lost exactness.
 */
final class EntryJson {

	static final Set<String> WRITABLE = Set.of("contactId", "kind", "occurredAt", "subject", "body", "amount",
			"currency", "status", "attributes", "source", "externalId", "supersedes");

	static final Set<String> READ_ONLY = Set.of("id", "recordedAt", "actorId", "state", "supersededBy", "voidReason",
			"supersededAt", "supersededActorId");

	private EntryJson() {
	}

	/**
	 * @param customerId the customer of the path, or {@code null} when the body names it ({@code customerId}, batch lines)
	 * @param defaultSource the source when the body names none
	 */
	static RecordEntry read(JsonNode body, UUID customerId, String defaultSource, WriteContext context,
			Violations violations) {
		if (body == null || !body.isObject()) {
			violations.add("", "body.notObject");
			return null;
		}
		for (String name : body.propertyNames()) {
			if (READ_ONLY.contains(name)) {
				violations.add(name, "field.readOnly");
			}
			else if (!WRITABLE.contains(name) && !(customerId == null && name.equals("customerId"))) {
				violations.add(name, "field.unknown");
			}
		}
		UUID customer = customerId;
		if (customer == null) {
			String id = text(body, "customerId", violations);
			customer = id == null ? null : Ids.parse(id).orElse(null);
			if (id != null && customer == null) {
				violations.add("customerId", "json.id");
			}
		}
		JsonNode amount = body.get("amount");
		if (amount != null && amount.isNumber()) {
			violations.add("amount", "timeline.amountString");
		}
		String source = text(body, "source", violations);
		return new RecordEntry(customer, text(body, "contactId", violations), text(body, "kind", violations),
				text(body, "occurredAt", violations), text(body, "subject", violations), text(body, "body", violations),
				amount != null && amount.isNumber() ? null : text(body, "amount", violations),
				text(body, "currency", violations), text(body, "status", violations), attributes(body, violations),
				source == null ? defaultSource : source, text(body, "externalId", violations),
				text(body, "supersedes", violations), context);
	}

	private static String text(JsonNode body, String name, Violations violations) {
		JsonNode node = body.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			violations.add(name, "json.string");
			return null;
		}
		return node.asString();
	}

	private static Map<String, String> attributes(JsonNode body, Violations violations) {
		JsonNode node = body.get("attributes");
		Map<String, String> attributes = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return attributes;
		}
		if (!node.isObject()) {
			violations.add("attributes", "json.object");
			return attributes;
		}
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			JsonNode value = member.getValue();
			if (value.isNull()) {
				continue;
			}
			if (value.isString() || value.isNumber() || value.isBoolean()) {
				attributes.put(member.getKey(), value.asString());
			}
			else {
				violations.add("attributes." + member.getKey(), "json.scalar");
			}
		}
		return attributes;
	}

}
