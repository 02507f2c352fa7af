package dev.clientele.support;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** Builds customer request bodies: {@code aCompany("田嘉华科技").withPhone("138 0013 8000").json()}. */
public final class CustomerJsonFixture {

	private final ObjectNode node = Api.JSON.createObjectNode();

	private final List<String[]> phones = new ArrayList<>();

	private final List<String> emails = new ArrayList<>();

	private CustomerJsonFixture(String kind, String name) {
		node.put("kind", kind);
		node.put("name", name);
	}

	public static CustomerJsonFixture aCompany(String name) {
		return new CustomerJsonFixture("company", name);
	}

	public static CustomerJsonFixture aPerson(String name) {
		return new CustomerJsonFixture("person", name);
	}

	public CustomerJsonFixture withPhone(String number) {
		phones.add(new String[] { number, "mobile" });
		return this;
	}

	public CustomerJsonFixture withEmail(String address) {
		emails.add(address);
		return this;
	}

	public CustomerJsonFixture with(String field, String value) {
		if (value == null) {
			node.remove(field);
			return this;
		}
		node.put(field, value);
		return this;
	}

	public CustomerJsonFixture withTags(String... tags) {
		var array = node.putArray("tags");
		for (String tag : tags) {
			array.add(tag);
		}
		return this;
	}

	public CustomerJsonFixture withCustomField(String key, Object value) {
		ObjectNode custom = node.has("customFields") ? (ObjectNode) node.get("customFields") : node.putObject("customFields");
		custom.set(key, Api.JSON.valueToTree(value));
		return this;
	}

	public String json() {
		ObjectNode copy = node.deepCopy();
		var phoneArray = copy.putArray("phones");
		phones.forEach(p -> phoneArray.addObject().put("number", p[0]).put("label", p[1]));
		var emailArray = copy.putArray("emails");
		emails.forEach(e -> emailArray.addObject().put("address", e).put("label", "work"));
		return copy.toString();
	}

}
