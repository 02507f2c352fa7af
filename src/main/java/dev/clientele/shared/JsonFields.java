package dev.clientele.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the members of a JSON request body strictly: unknown and read-only members are
 * reported, and so is each member of the wrong type, all into one {@link Violations}.
 */
public final class JsonFields {

	private JsonFields() {
	}

	/** Reports a body that is not an object, and every member that is read-only or unknown. */
	public static void checkNames(JsonNode body, Set<String> writable, Set<String> readOnly, Violations violations) {
		if (body == null || !body.isObject()) {
			violations.add("", "body.notObject");
			return;
		}
		for (String name : body.propertyNames()) {
			if (readOnly.contains(name)) {
				violations.add(name, "field.readOnly");
			}
			else if (!writable.contains(name)) {
				violations.add(name, "field.unknown");
			}
		}
	}

	public static String text(JsonNode body, String name, Violations violations) {
		JsonNode node = body.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			violations.add(name, "json.string");
			return null;
		}
		return node.stringValue();
	}

	public static boolean bool(JsonNode body, String name, boolean fallback, Violations violations) {
		JsonNode node = body.get(name);
		if (node == null || node.isNull()) {
			return fallback;
		}
		if (!node.isBoolean()) {
			violations.add(name, "json.boolean");
			return fallback;
		}
		return node.booleanValue();
	}

	public static List<String> strings(JsonNode body, String name, Violations violations) {
		JsonNode node = body.get(name);
		List<String> values = new ArrayList<>();
		if (node == null || node.isNull()) {
			return values;
		}
		if (!node.isArray()) {
			violations.add(name, "json.array");
			return values;
		}
		for (int i = 0; i < node.size(); i++) {
			if (node.get(i).isString()) {
				values.add(node.get(i).stringValue());
			}
			else {
				violations.add(name + "[" + i + "]", "json.string");
			}
		}
		return values;
	}

	/** An id member: absent or null gives {@code null}; anything but a valid id is reported. */
	public static java.util.UUID id(JsonNode body, String name, Violations violations) {
		String text = text(body, name, violations);
		if (text == null) {
			return null;
		}
		return Ids.parse(text).orElseGet(() -> {
			violations.add(name, "json.id");
			return null;
		});
	}

}
