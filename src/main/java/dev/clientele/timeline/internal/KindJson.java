package dev.clientele.timeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.JsonFields;
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
		JsonFields.checkNames(body, MEMBERS, Set.of(), v);
		if (body == null || !body.isObject()) {
			v.throwIfAny();
		}
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
		DefineKind kind = new DefineKind(JsonFields.text(body, "key", v), JsonFields.text(body, "labelZh", v),
				JsonFields.text(body, "labelEn", v), JsonFields.bool(body, "money", false, v),
				JsonFields.strings(body, "statuses", v), attributes, actor);
		v.throwIfAny();
		return kind;
	}

	private static Attribute attribute(JsonNode node, String path, Violations v) {
		if (node == null || !node.isObject()) {
			v.add(path.substring(0, path.length() - 1), "json.object");
			return new Attribute(null, null, null, null, false, List.of());
		}
		Violations own = new Violations();
		JsonFields.checkNames(node, ATTRIBUTE_MEMBERS, Set.of(), own);
		String type = JsonFields.text(node, "type", own);
		AttributeType parsed = type == null ? null : AttributeType.fromKey(type).orElse(null);
		if (type != null && parsed == null) {
			own.add("type", "timeline.attributeType");
		}
		Attribute attribute = new Attribute(JsonFields.text(node, "key", own), JsonFields.text(node, "labelZh", own),
				JsonFields.text(node, "labelEn", own), parsed, JsonFields.bool(node, "required", false, own),
				JsonFields.strings(node, "options", own));
		own.list().forEach(violation -> v.add(path + violation.path(), violation.code(), violation.args().toArray()));
		return attribute;
	}

}
