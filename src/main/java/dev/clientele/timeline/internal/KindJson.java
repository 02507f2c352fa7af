package dev.clientele.timeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.Violations;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind.Attribute;
import dev.clientele.timeline.EntryKind.AttributeType;
import tools.jackson.databind.JsonNode;

/** Reads a kind definition from JSON, naming every unknown or mistyped member. */
final class KindJson {

	private static final Set<String> MEMBERS = Set.of("key", "labelZh", "labelEn", "money", "statuses", "attributes");

	private static final Set<String> ATTRIBUTE_MEMBERS = Set.of("key", "labelZh", "labelEn", "type", "required",
			"options");

	private KindJson() {
	}

	static DefineKind read(JsonNode body, UUID actor) {
		Violations v = new Violations();
		if (body == null || !body.isObject()) {
			v.add("", "body.notObject");
			v.throwIfAny();
		}
		unknown(body, MEMBERS, "", v);
		List<Attribute> attributes = new ArrayList<>();
		JsonNode list = body.get("attributes");
		if (list != null && !list.isNull() && !list.isArray()) {
			v.add("attributes", "json.array");
		}
		else if (list != null && list.isArray()) {
			for (int i = 0; i < list.size(); i++) {
				attributes.add(attribute(list.get(i), "attributes[" + i + "].", v));
			}
		}
		DefineKind kind = new DefineKind(text(body, "key", "", v), text(body, "labelZh", "", v),
				text(body, "labelEn", "", v), bool(body, "money", "", v), strings(body, "statuses", "", v), attributes,
				actor);
		v.throwIfAny();
		return kind;
	}

	private static Attribute attribute(JsonNode node, String path, Violations v) {
		if (node == null || !node.isObject()) {
			v.add(path.substring(0, path.length() - 1), "json.object");
			return new Attribute(null, null, null, null, false, List.of());
		}
		unknown(node, ATTRIBUTE_MEMBERS, path, v);
		String type = text(node, "type", path, v);
		AttributeType parsed = type == null ? null : AttributeType.fromKey(type).orElse(null);
		if (type != null && parsed == null) {
			v.add(path + "type", "timeline.attributeType");
		}
		return new Attribute(text(node, "key", path, v), text(node, "labelZh", path, v), text(node, "labelEn", path, v),
				parsed, bool(node, "required", path, v), strings(node, "options", path, v));
	}

	private static void unknown(JsonNode node, Set<String> known, String path, Violations v) {
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				v.add(path + name, "field.unknown");
			}
		}
	}

	private static String text(JsonNode node, String name, String path, Violations v) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			v.add(path + name, "json.string");
			return null;
		}
		return value.asString();
	}

	private static boolean bool(JsonNode node, String name, String path, Violations v) {
		JsonNode value = node.get(name);
		if (value != null && !value.isNull() && !value.isBoolean()) {
			v.add(path + name, "json.boolean");
		}
		return value != null && value.isBoolean() && value.booleanValue();
	}

	private static List<String> strings(JsonNode node, String name, String path, Violations v) {
		JsonNode value = node.get(name);
		List<String> strings = new ArrayList<>();
		if (value == null || value.isNull()) {
			return strings;
		}
		if (!value.isArray()) {
			v.add(path + name, "json.array");
			return strings;
		}
		for (int i = 0; i < value.size(); i++) {
			if (!value.get(i).isString()) {
				v.add(path + name + "[" + i + "]", "json.string");
			}
			else {
				strings.add(value.get(i).asString());
			}
		}
		return strings;
	}

}
