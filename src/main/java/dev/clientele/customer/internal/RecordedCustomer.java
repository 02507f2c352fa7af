package dev.clientele.customer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.filter.ValueType;
import tools.jackson.databind.JsonNode;

/**
 * A customer as one version snapshot recorded it, read the way lists filter and sort: each
 * field's values in the filter language's types.
 *
 * @param firstRecordedAt when version 1 was recorded (the customer's {@code createdAt})
 * @param recordedAt when this version was recorded (its {@code updatedAt} then)
 */
record RecordedCustomer(UUID id, JsonNode snapshot, Instant firstRecordedAt, Instant recordedAt) {

	private static final Set<String> TEXTS = Set.of("kind", "name", "province", "city", "district", "address",
			"industry", "level", "source", "status", "notes");

	boolean deleted() {
		return !snapshot.path("deletedAt").isNull() && !snapshot.path("deletedAt").isMissingNode();
	}

	String name() {
		return snapshot.path("name").asString("");
	}

	List<String> emails() {
		return texts(snapshot.path("emails"), "address");
	}

	List<String> e164Phones() {
		return texts(snapshot.path("phones"), "e164");
	}

	/** The field's values; empty when the record has none. */
	List<Object> values(String field, ValueType type) {
		if (TEXTS.contains(field)) {
			return text(snapshot.path(field));
		}
		switch (field) {
			case "ownerId":
				return snapshot.path("ownerId").isString() ? List.of(UUID.fromString(snapshot.get("ownerId").stringValue()))
						: List.of();
			case "createdAt":
				return List.of(firstRecordedAt);
			case "updatedAt":
				return List.of(recordedAt);
			case "deletedAt":
				return deleted() ? List.of(Instant.parse(snapshot.get("deletedAt").stringValue())) : List.of();
			case "tags":
				return List.copyOf(texts(snapshot.path("tags"), null));
			case "phone":
				return List.copyOf(e164Phones());
			case "email":
				return List.copyOf(emails());
			default:
				break;
		}
		if (field.startsWith("customFields.")) {
			return custom(snapshot.path("customFields").path(field.substring("customFields.".length())), type);
		}
		throw new IllegalArgumentException("No recorded values for " + field);
	}

	/** Whether {@link #values} can answer the field. */
	static boolean recorded(String field) {
		return TEXTS.contains(field) || field.startsWith("customFields.") || Set
			.of("ownerId", "createdAt", "updatedAt", "deletedAt", "tags", "phone", "email")
			.contains(field);
	}

	private static List<Object> custom(JsonNode value, ValueType type) {
		if (value.isMissingNode() || value.isNull()) {
			return List.of();
		}
		if (value.isArray()) {
			List<Object> items = new ArrayList<>();
			value.forEach(item -> items.add(item.asString()));
			return items;
		}
		Object typed = switch (type) {
			case INTEGER, DECIMAL -> new BigDecimal(value.asString());
			case DATE -> LocalDate.parse(value.asString());
			case BOOLEAN -> value.asBoolean();
			default -> value.asString();
		};
		return List.of(typed);
	}

	private static List<Object> text(JsonNode node) {
		return node.isString() && !node.stringValue().isEmpty() ? List.of(node.stringValue()) : List.of();
	}

	private static List<String> texts(JsonNode array, String property) {
		List<String> texts = new ArrayList<>();
		for (JsonNode item : array) {
			JsonNode value = property == null ? item : item.path(property);
			if (value.isString()) {
				texts.add(value.stringValue());
			}
		}
		return texts;
	}

}
