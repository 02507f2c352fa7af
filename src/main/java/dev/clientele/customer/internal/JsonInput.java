package dev.clientele.customer.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.customer.ContactInput;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.shared.Violations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads API request bodies into inputs, reporting every unknown, read-only or mistyped field by
 * its JSON path, and applies JSON merge patches (RFC 7396) to a record's writable form.
 */
final class JsonInput {

	static final Set<String> CUSTOMER_FIELDS = Set.of("kind", "name", "phones", "emails", "province", "city", "district",
			"address", "industry", "level", "source", "status", "ownerId", "tags", "notes", "customFields");

	static final Set<String> CONTACT_FIELDS = Set.of("name", "title", "phones", "emails", "primary", "notes",
			"customFields");

	static final Set<String> READ_ONLY = Set.of("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "deletedAt",
			"ownerName", "customerId", "version");

	private final Violations violations = new Violations();

	private JsonInput() {
	}

	/** Checks the top-level names of a body; {@code version} is allowed (and required) only for a patch. */
	static void checkNames(JsonNode body, Set<String> writable, boolean patch, Violations violations) {
		if (body == null || !body.isObject()) {
			violations.add("", "body.notObject");
			return;
		}
		for (String name : body.propertyNames()) {
			if (patch && name.equals("version")) {
				continue;
			}
			if (READ_ONLY.contains(name)) {
				violations.add(name, "field.readOnly");
			}
			else if (!writable.contains(name)) {
				violations.add(name, "field.unknown");
			}
		}
		if (patch) {
			JsonNode version = body.get("version");
			if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
				violations.add("version", "patch.versionRequired");
			}
		}
	}

	static CustomerInput customer(JsonNode body, Violations violations) {
		JsonInput in = new JsonInput();
		CustomerInput input = new CustomerInput(in.text(body, "kind"), in.text(body, "name"), in.phones(body.get("phones")),
				in.emails(body.get("emails")), in.text(body, "province"), in.text(body, "city"), in.text(body, "district"),
				in.text(body, "address"), in.text(body, "industry"), in.text(body, "level"), in.text(body, "source"),
				in.text(body, "status"), in.text(body, "ownerId"), in.strings(body.get("tags"), "tags"),
				in.text(body, "notes"), in.customFields(body.get("customFields")));
		violations.addAll(in.violations.list());
		return input;
	}

	static ContactInput contact(JsonNode body, Violations violations) {
		JsonInput in = new JsonInput();
		JsonNode primary = body.get("primary");
		if (primary != null && !primary.isNull() && !primary.isBoolean()) {
			in.violations.add("primary", "json.boolean");
		}
		ContactInput input = new ContactInput(in.text(body, "name"), in.text(body, "title"), in.phones(body.get("phones")),
				in.emails(body.get("emails")), primary != null && primary.isBoolean() && primary.booleanValue(),
				in.text(body, "notes"), in.customFields(body.get("customFields")));
		violations.addAll(in.violations.list());
		return input;
	}

	/** Applies a JSON merge patch: objects merge member by member, {@code null} removes, anything else replaces. */
	static JsonNode mergePatch(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
				: ProfileJson.JSON.createObjectNode();
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			if (entry.getValue().isNull()) {
				result.remove(entry.getKey());
			}
			else {
				result.set(entry.getKey(), mergePatch(result.get(entry.getKey()), entry.getValue()));
			}
		}
		return result;
	}

	private String text(JsonNode body, String name) {
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

	private List<PhoneInput> phones(JsonNode node) {
		List<PhoneInput> phones = new ArrayList<>();
		for (JsonNode item : items(node, "phones")) {
			String path = "phones[" + phones.size() + "]";
			phones.add(new PhoneInput(member(item, path, "number", Set.of("number", "label"), Set.of("e164")),
					member(item, path, "label", Set.of(), Set.of())));
		}
		return phones;
	}

	private List<EmailInput> emails(JsonNode node) {
		List<EmailInput> emails = new ArrayList<>();
		for (JsonNode item : items(node, "emails")) {
			String path = "emails[" + emails.size() + "]";
			emails.add(new EmailInput(member(item, path, "address", Set.of("address", "label"), Set.of()),
					member(item, path, "label", Set.of(), Set.of())));
		}
		return emails;
	}

	/** Reads one string member of an object item; on the first member read, checks the item's names. */
	private String member(JsonNode item, String path, String name, Set<String> allowed, Set<String> readOnly) {
		if (!item.isObject()) {
			if (!allowed.isEmpty()) {
				violations.add(path, "json.object");
			}
			return null;
		}
		if (!allowed.isEmpty()) {
			for (String key : item.propertyNames()) {
				if (readOnly.contains(key)) {
					violations.add(path + "." + key, "field.readOnly");
				}
				else if (!allowed.contains(key)) {
					violations.add(path + "." + key, "field.unknown");
				}
			}
		}
		JsonNode value = item.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			violations.add(path + "." + name, "json.string");
			return null;
		}
		return value.stringValue();
	}

	private List<String> strings(JsonNode node, String path) {
		List<String> values = new ArrayList<>();
		int i = 0;
		for (JsonNode item : items(node, path)) {
			if (item.isString()) {
				values.add(item.stringValue());
			}
			else {
				violations.add(path + "[" + i + "]", "json.string");
			}
			i++;
		}
		return values;
	}

	private Iterable<JsonNode> items(JsonNode node, String path) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			violations.add(path, "json.array");
			return List.of();
		}
		return node;
	}

	private Map<String, Object> customFields(JsonNode node) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return values;
		}
		if (!node.isObject()) {
			violations.add("customFields", "json.object");
			return values;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			Object value = scalar(entry.getValue(), "customFields." + entry.getKey());
			if (value != null) {
				values.put(entry.getKey(), value);
			}
		}
		return values;
	}

	private Object scalar(JsonNode node, String path) {
		if (node.isNull()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isNumber()) {
			return node.isFloatingPointNumber() ? new BigDecimal(node.asString()) : node.decimalValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			for (JsonNode item : node) {
				list.add(item.isString() ? item.stringValue() : item.toString());
			}
			return list;
		}
		violations.add(path, "json.scalar");
		return null;
	}

}
