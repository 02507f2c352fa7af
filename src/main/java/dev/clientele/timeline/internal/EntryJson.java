package dev.clientele.timeline.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.JsonFields;
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

	static final Set<String> WITH_CUSTOMER = with(WRITABLE, "customerId");

	static final Set<String> READ_ONLY = Set.of("id", "recordedAt", "actorId", "state", "supersededBy", "voidReason",
			"supersededAt", "supersededActorId");

	private EntryJson() {
	}

	private static Set<String> with(Set<String> names, String more) {
		Set<String> all = new java.util.HashSet<>(names);
		all.add(more);
		return Set.copyOf(all);
	}

	/**
	 * @param customerId the customer of the path, or {@code null} when the body names it ({@code customerId}, batch lines)
	 * @param defaultSource the source when the body names none
	 */
	static RecordEntry read(JsonNode body, UUID customerId, String defaultSource, WriteContext context,
			Violations violations) {
		JsonFields.checkNames(body, customerId == null ? WITH_CUSTOMER : WRITABLE, READ_ONLY, violations);
		if (body == null || !body.isObject()) {
			return null;
		}
		UUID customer = customerId != null ? customerId : JsonFields.id(body, "customerId", violations);
		JsonNode amount = body.get("amount");
		if (amount != null && amount.isNumber()) {
			violations.add("amount", "timeline.amountString");
		}
		String source = JsonFields.text(body, "source", violations);
		return new RecordEntry(customer, JsonFields.text(body, "contactId", violations), JsonFields.text(body, "kind", violations),
				JsonFields.text(body, "occurredAt", violations), JsonFields.text(body, "subject", violations), JsonFields.text(body, "body", violations),
				amount != null && amount.isNumber() ? null : JsonFields.text(body, "amount", violations),
				JsonFields.text(body, "currency", violations), JsonFields.text(body, "status", violations), attributes(body, violations),
				source == null ? defaultSource : source, JsonFields.text(body, "externalId", violations),
				JsonFields.text(body, "supersedes", violations), context);
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
