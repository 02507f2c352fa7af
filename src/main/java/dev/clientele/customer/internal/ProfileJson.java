package dev.clientele.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.FieldChange;
import dev.clientele.customer.Phone;
import dev.clientele.customfield.CustomValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON forms of profiles: the public form (as the API shows it and versions snapshot it)
 * and the typed storage form of custom field values. Also computes field-by-field changes.
 */
final class ProfileJson {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ProfileJson() {
	}

	static ObjectNode customer(CustomerProfile p) {
		ObjectNode node = JSON.createObjectNode();
		node.put("kind", p.kind() == null ? null : p.kind().key());
		node.put("name", p.name());
		node.set("phones", phones(p.phones()));
		node.set("emails", emails(p.emails()));
		node.put("province", p.province());
		node.put("city", p.city());
		node.put("district", p.district());
		node.put("address", p.address());
		node.put("industry", p.industry());
		node.put("level", p.level());
		node.put("source", p.source());
		node.put("status", p.status());
		node.put("ownerId", p.ownerId() == null ? null : p.ownerId().toString());
		node.set("tags", strings(p.tags()));
		node.put("notes", p.notes());
		node.set("customFields", customValues(p.customFields()));
		return node;
	}

	static ObjectNode contact(ContactProfile p) {
		ObjectNode node = JSON.createObjectNode();
		node.put("name", p.name());
		node.put("title", p.title());
		node.set("phones", phones(p.phones()));
		node.set("emails", emails(p.emails()));
		node.put("primary", p.primary());
		node.put("notes", p.notes());
		node.set("customFields", customValues(p.customFields()));
		return node;
	}

	static ArrayNode phones(List<Phone> phones) {
		ArrayNode array = JSON.createArrayNode();
		for (Phone phone : phones) {
			array.addObject().put("number", phone.number()).put("label", phone.label()).put("e164", phone.e164());
		}
		return array;
	}

	static ArrayNode emails(List<Email> emails) {
		ArrayNode array = JSON.createArrayNode();
		for (Email email : emails) {
			array.addObject().put("address", email.address()).put("label", email.label());
		}
		return array;
	}

	static ArrayNode strings(List<String> values) {
		ArrayNode array = JSON.createArrayNode();
		values.forEach(array::add);
		return array;
	}

	/** Custom values in their public form: {@code {"key": value}}. */
	static ObjectNode customValues(Map<String, CustomValue> values) {
		ObjectNode node = JSON.createObjectNode();
		values.forEach((key, value) -> node.set(key, JSON.valueToTree(value.json())));
		return node;
	}

	/** Custom values in their storage form, which keeps each value's type: {@code {"key": {"t": "date", "v": ...}}}. */
	static String storedCustomValues(Map<String, CustomValue> values) {
		ObjectNode node = JSON.createObjectNode();
		values.forEach((key, value) -> {
			ObjectNode typed = node.putObject(key);
			typed.put("t", typeOf(value));
			typed.set("v", JSON.valueToTree(value.json()));
		});
		return node.toString();
	}

	static Map<String, CustomValue> readCustomValues(String stored) {
		Map<String, CustomValue> values = new LinkedHashMap<>();
		JSON.readTree(stored).properties().forEach(entry -> {
			JsonNode typed = entry.getValue();
			JsonNode v = typed.get("v");
			CustomValue value = switch (typed.get("t").stringValue()) {
				case "text" -> new CustomValue.Text(v.stringValue());
				case "number" -> new CustomValue.Number(v.longValue());
				case "decimal" -> new CustomValue.Decimal(new BigDecimal(v.stringValue()));
				case "date" -> new CustomValue.Date(LocalDate.parse(v.stringValue()));
				case "boolean" -> new CustomValue.Bool(v.booleanValue());
				case "choice" -> new CustomValue.Choice(v.stringValue());
				case "choices" -> new CustomValue.Choices(stringList(v));
				default -> throw new IllegalStateException("Unknown stored custom value type " + typed.get("t"));
			};
			values.put(entry.getKey(), value);
		});
		return values;
	}

	private static String typeOf(CustomValue value) {
		if (value instanceof CustomValue.Text) {
			return "text";
		}
		if (value instanceof CustomValue.Number) {
			return "number";
		}
		if (value instanceof CustomValue.Decimal) {
			return "decimal";
		}
		if (value instanceof CustomValue.Date) {
			return "date";
		}
		if (value instanceof CustomValue.Bool) {
			return "boolean";
		}
		return value instanceof CustomValue.Choice ? "choice" : "choices";
	}

	static List<Phone> readPhones(String json) {
		List<Phone> phones = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json)) {
			phones.add(new Phone(node.get("number").stringValue(), text(node.get("label")), text(node.get("e164"))));
		}
		return phones;
	}

	static List<Email> readEmails(String json) {
		List<Email> emails = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json)) {
			emails.add(new Email(node.get("address").stringValue(), text(node.get("label"))));
		}
		return emails;
	}

	static List<String> readStrings(String json) {
		return stringList(JSON.readTree(json));
	}

	private static List<String> stringList(JsonNode array) {
		List<String> list = new ArrayList<>();
		array.forEach(item -> list.add(item.stringValue()));
		return list;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.stringValue();
	}

	static CustomerKind kind(String key) {
		return CustomerKind.fromKey(key).orElseThrow();
	}

	static UUID uuid(String text) {
		return UUID.fromString(text);
	}

	/**
	 * The fields that differ between two public forms, custom fields one by one; {@code before}
	 * is empty for a record that is being created.
	 */
	static List<FieldChange> changes(ObjectNode before, ObjectNode after) {
		List<FieldChange> changes = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>(after.propertyNames());
		names.addAll(before.propertyNames());
		for (String name : names) {
			JsonNode old = before.get(name);
			JsonNode now = after.get(name);
			if (name.equals("customFields")) {
				customChanges(old, now, changes);
			}
			else if (!same(old, now)) {
				changes.add(new FieldChange(name, jsonText(old), jsonText(now)));
			}
		}
		return changes;
	}

	private static void customChanges(JsonNode old, JsonNode now, List<FieldChange> changes) {
		Set<String> keys = new LinkedHashSet<>();
		if (now != null) {
			keys.addAll(now.propertyNames());
		}
		if (old != null) {
			keys.addAll(old.propertyNames());
		}
		for (String key : keys) {
			JsonNode a = old == null ? null : old.get(key);
			JsonNode b = now == null ? null : now.get(key);
			if (!same(a, b)) {
				changes.add(new FieldChange("customFields." + key, jsonText(a), jsonText(b)));
			}
		}
	}

	private static boolean same(JsonNode a, JsonNode b) {
		boolean aEmpty = isEmpty(a);
		boolean bEmpty = isEmpty(b);
		if (aEmpty || bEmpty) {
			return aEmpty && bEmpty;
		}
		return a.equals(b);
	}

	private static boolean isEmpty(JsonNode node) {
		return node == null || node.isNull() || (node.isContainer() && node.isEmpty());
	}

	private static String jsonText(JsonNode node) {
		return isEmpty(node) ? null : node.toString();
	}

	static String changesJson(List<FieldChange> changes) {
		ArrayNode array = JSON.createArrayNode();
		for (FieldChange change : changes) {
			array.addObject().put("field", change.field()).put("old", change.oldValue()).put("new", change.newValue());
		}
		return array.toString();
	}

	/**
	 * The changes column of a version row: none ({@code null}) for a first version whose changes
	 * are every field of its snapshot, as {@link #readChanges(String, String)} reads them back;
	 * otherwise the changes as JSON.
	 */
	static String storedChanges(int version, String snapshot, List<FieldChange> changes) {
		String json = changesJson(changes);
		return version == 1 && json.equals(changesJson(firstChanges(snapshot))) ? null : json;
	}

	/** A version row's changes: the stored ones, or for a first version stored without, its snapshot's fields. */
	static List<FieldChange> readChanges(String stored, String snapshot) {
		return stored == null ? firstChanges(snapshot) : readChanges(stored);
	}

	/** {@link #readChanges(String, String)} for a snapshot the caller has read already. */
	static List<FieldChange> readChanges(String stored, ObjectNode snapshot) {
		return stored == null ? changes(JSON.createObjectNode(), snapshot) : readChanges(stored);
	}

	private static List<FieldChange> firstChanges(String snapshot) {
		return changes(JSON.createObjectNode(), (ObjectNode) JSON.readTree(snapshot));
	}

	private static List<FieldChange> readChanges(String json) {
		List<FieldChange> changes = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json)) {
			changes.add(new FieldChange(node.get("field").stringValue(), text(node.get("old")), text(node.get("new"))));
		}
		return changes;
	}

}
