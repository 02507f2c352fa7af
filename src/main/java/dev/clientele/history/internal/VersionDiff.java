package dev.clientele.history.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.clientele.customer.FieldChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The field-by-field difference between two snapshots of a record: top-level fields by name and
 * custom values as {@code customFields.<key>}, in the order the newer snapshot lists them. A field
 * missing from one side (hidden to the reader, or not yet defined) counts as empty.
 */
final class VersionDiff {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CUSTOM = "customFields";

	private VersionDiff() {
	}

	static List<FieldChange> between(String olderSnapshot, String newerSnapshot) {
		ObjectNode older = object(JSON.readTree(olderSnapshot));
		ObjectNode newer = object(JSON.readTree(newerSnapshot));
		List<FieldChange> changes = new ArrayList<>();
		for (String field : names(newer, older)) {
			if (field.equals(CUSTOM)) {
				ObjectNode oldCustom = object(older.get(CUSTOM));
				ObjectNode newCustom = object(newer.get(CUSTOM));
				for (String key : names(newCustom, oldCustom)) {
					compare(CUSTOM + "." + key, oldCustom.get(key), newCustom.get(key), changes);
				}
			}
			else {
				compare(field, older.get(field), newer.get(field), changes);
			}
		}
		return changes;
	}

	private static void compare(String field, JsonNode before, JsonNode after, List<FieldChange> changes) {
		JsonNode oldValue = empty(before) ? null : before;
		JsonNode newValue = empty(after) ? null : after;
		if (oldValue == null ? newValue != null : !oldValue.equals(newValue)) {
			changes.add(new FieldChange(field, text(oldValue), text(newValue)));
		}
	}

	/** Null, an empty text and an empty list all mean "nothing recorded". */
	private static boolean empty(JsonNode node) {
		return node == null || node.isNull() || (node.isString() && node.stringValue().isEmpty())
				|| ((node.isArray() || node.isObject()) && node.isEmpty());
	}

	private static String text(JsonNode node) {
		return node == null ? null : node.toString();
	}

	private static Set<String> names(ObjectNode first, ObjectNode second) {
		Set<String> names = new LinkedHashSet<>(first.propertyNames());
		names.addAll(second.propertyNames());
		return names;
	}

	private static ObjectNode object(JsonNode node) {
		return node instanceof ObjectNode object ? object : JSON.createObjectNode();
	}

}
