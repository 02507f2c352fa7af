package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.access.Access;
import dev.clientele.access.FieldAccess;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.FieldChange;
import dev.clientele.customer.Phone;
import dev.clientele.customfield.CustomValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies field permissions to what a reader receives: hidden fields are emptied and listed as
 * hidden, masked ones are masked. Works on records, on version snapshots and on changes alike, so
 * that history shows no more than the record does. Contact fields are named {@code contact.<field>}.
 */
final class FieldView {

	static final String CONTACT = "contact.";

	private FieldView() {
	}

	static Customer customer(Customer c, Access access) {
		if (allReadable(access)) {
			return c;
		}
		Set<String> hidden = new HashSet<>();
		CustomerProfile p = c.profile();
		Rule rule = new Rule(access, "", hidden);
		CustomerProfile shown = new CustomerProfile(rule.keep("kind", p.kind()), rule.text("name", p.name()),
				rule.phones("phones", p.phones()), rule.emails("emails", p.emails()), rule.text("province", p.province()),
				rule.text("city", p.city()), rule.text("district", p.district()),
				rule.address(p.address(), p.district(), p.city()), rule.text("industry", p.industry()),
				rule.text("level", p.level()), rule.text("source", p.source()), rule.text("status", p.status()),
				rule.keep("ownerId", p.ownerId()), rule.texts("tags", p.tags()), rule.text("notes", p.notes()),
				rule.custom(p.customFields()));
		return new Customer(c.id(), shown, hidden.contains("ownerId") ? null : c.ownerName(), c.createdAt(),
				c.createdBy(), c.updatedAt(), c.updatedBy(), c.deletedAt(), c.version(), hidden);
	}

	static Contact contact(Contact c, Access access) {
		if (allReadable(access)) {
			return c;
		}
		Set<String> hidden = new HashSet<>();
		ContactProfile p = c.profile();
		Rule rule = new Rule(access, CONTACT, hidden);
		ContactProfile shown = new ContactProfile(rule.text("name", p.name()), rule.text("title", p.title()),
				rule.phones("phones", p.phones()), rule.emails("emails", p.emails()), p.primary(),
				rule.text("notes", p.notes()), rule.custom(p.customFields()));
		return new Contact(c.id(), c.customerId(), shown, c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(),
				c.deletedAt(), c.version(), hidden);
	}

	/** A version snapshot: hidden members removed, masked ones masked. */
	static String snapshot(String json, Access access, String prefix) {
		if (allReadable(access)) {
			return json;
		}
		ObjectNode node = (ObjectNode) ProfileJson.JSON.readTree(json);
		for (String name : List.copyOf(node.propertyNames())) {
			if (name.equals("customFields")) {
				ObjectNode custom = (ObjectNode) node.get(name);
				for (String key : List.copyOf(custom.propertyNames())) {
					apply(custom, key, access.field(prefix + "customFields." + key));
				}
			}
			else if (!name.equals("deletedAt") && !name.equals("customerId")) {
				apply(node, name, access.field(prefix + name));
			}
		}
		return node.toString();
	}

	/** A version's changes: changes of hidden fields left out, masked values masked. */
	static List<FieldChange> changes(List<FieldChange> changes, Access access, String prefix) {
		if (allReadable(access)) {
			return changes;
		}
		List<FieldChange> shown = new ArrayList<>();
		for (FieldChange change : changes) {
			FieldAccess level = change.field().equals("deletedAt") ? FieldAccess.READ : access.field(prefix + change.field());
			if (level == FieldAccess.HIDDEN) {
				continue;
			}
			shown.add(level == FieldAccess.MASKED ? new FieldChange(change.field(), maskJson(change.field(), change.oldValue()),
					maskJson(change.field(), change.newValue())) : change);
		}
		return shown;
	}

	static boolean allReadable(Access access) {
		return access.defaultAccess().readable() && access.fields().values().stream().allMatch(FieldAccess::readable);
	}

	private static void apply(ObjectNode node, String name, FieldAccess level) {
		if (level == FieldAccess.HIDDEN) {
			node.remove(name);
		}
		else if (level == FieldAccess.MASKED) {
			node.set(name, ProfileJson.JSON.readTree(maskJson(name, node.get(name).toString())));
		}
	}

	private static String maskJson(String field, String json) {
		if (json == null) {
			return null;
		}
		JsonNode value = ProfileJson.JSON.readTree(json);
		return mask(field, value).toString();
	}

	private static JsonNode mask(String field, JsonNode value) {
		if (value.isArray()) {
			var array = ProfileJson.JSON.createArrayNode();
			value.forEach(item -> array.add(mask(field, item)));
			return array;
		}
		if (value.isObject()) {
			ObjectNode copy = ((ObjectNode) value).deepCopy();
			if (copy.has("number")) {
				copy.put("number", Masks.phone(copy.get("number").asString()));
				copy.put("e164", Masks.phone(copy.path("e164").asString(null)));
			}
			if (copy.has("address")) {
				copy.put("address", Masks.email(copy.get("address").asString()));
			}
			return copy;
		}
		if (value.isNull()) {
			return value;
		}
		return ProfileJson.JSON.getNodeFactory().stringNode(Masks.text(value.asString()));
	}

	/** Applies one reader's access to the fields of one record. */
	private record Rule(Access access, String prefix, Set<String> hidden) {

		FieldAccess level(String field) {
			FieldAccess level = access.field(prefix + field);
			if (level == FieldAccess.HIDDEN) {
				hidden.add(field);
			}
			return level;
		}

		<T> T keep(String field, T value) {
			FieldAccess level = level(field);
			if (level == FieldAccess.MASKED) {
				hidden.add(field);
			}
			return level.readable() ? value : null;
		}

		String text(String field, String value) {
			return switch (level(field)) {
				case HIDDEN -> null;
				case MASKED -> Masks.text(value);
				default -> value;
			};
		}

		List<String> texts(String field, List<String> values) {
			return switch (level(field)) {
				case HIDDEN -> List.of();
				case MASKED -> values.stream().map(Masks::text).toList();
				default -> values;
			};
		}

		String address(String value, String district, String city) {
			return switch (level("address")) {
				case HIDDEN -> null;
				case MASKED -> value == null ? null : Masks.address(district, city);
				default -> value;
			};
		}

		List<Phone> phones(String field, List<Phone> phones) {
			return switch (level(field)) {
				case HIDDEN -> List.of();
				case MASKED -> phones.stream().map(p -> new Phone(Masks.phone(p.number()), p.label(), Masks.phone(p.e164()))).toList();
				default -> phones;
			};
		}

		List<Email> emails(String field, List<Email> emails) {
			return switch (level(field)) {
				case HIDDEN -> List.of();
				case MASKED -> emails.stream().map(e -> new Email(Masks.email(e.address()), e.label())).toList();
				default -> emails;
			};
		}

		Map<String, CustomValue> custom(Map<String, CustomValue> values) {
			Map<String, CustomValue> shown = new LinkedHashMap<>();
			values.forEach((key, value) -> {
				switch (level("customFields." + key)) {
					case HIDDEN -> {
					}
					case MASKED -> shown.put(key, new CustomValue.Text(Masks.text(value.display())));
					default -> shown.put(key, value);
				}
			});
			return shown;
		}

	}

}
