package dev.clientele.history.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.clientele.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How people read recorded fields: labels in their language (custom fields by their own label)
 * and values as text, with strings unquoted, lists joined, phones and emails by their text, the
 * owner by name and vocabulary codes (industry, level, source) by their labels.
 */
final class FieldTexts {

	private final Map<String, String> customLabels;

	private final Function<UUID, String> userNames;

	private final MessageSource messages;

	private final Locale locale;

	private final Vocabularies vocabularies;

	/**
	 * @param customLabels the labels of custom fields by key
	 * @param userNames a user's name by id, for the owner field
	 * @param vocabularies the vocabularies of the record's fields (none for a contact)
	 */
	FieldTexts(Map<String, String> customLabels, Function<UUID, String> userNames, Vocabularies vocabularies,
			MessageSource messages, Locale locale) {
		this.vocabularies = vocabularies;
		this.customLabels = customLabels;
		this.userNames = userNames;
		this.messages = messages;
		this.locale = locale;
	}

	String label(String field) {
		if (field.startsWith("customFields.")) {
			String key = field.substring("customFields.".length());
			return customLabels.getOrDefault(key, key);
		}
		return messages.getMessage("customer.field." + field, null, field, locale);
	}

	/** A value recorded as JSON text, as a person reads it; empty for nothing. */
	String value(String field, String json) {
		if (json == null) {
			return "";
		}
		try {
			return value(field, VersionDiff.JSON.readTree(json));
		}
		catch (JacksonException ex) {
			return json;
		}
	}

	String value(String field, JsonNode node) {
		if (field.equals("ownerId") && node != null && node.isString()) {
			return dev.clientele.shared.Ids.parse(node.stringValue()).map(userNames).orElse(node.stringValue());
		}
		if (field.equals("kind") && node != null && node.isString()) {
			return messages.getMessage("customer.kind." + node.stringValue(), null, node.stringValue(), locale);
		}
		if (node != null && node.isString()) {
			return vocabularies.label(field, node.stringValue(), locale);
		}
		return display(node);
	}

	static String display(JsonNode node) {
		if (node == null || node.isNull()) {
			return "";
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach(item -> items.add(display(item)));
			return String.join(", ", items);
		}
		if (node.isObject()) {
			for (String name : List.of("number", "address", "name")) {
				if (node.has(name)) {
					String label = display(node.get("label"));
					return display(node.get(name)) + (label.isEmpty() ? "" : " (" + label + ")");
				}
			}
			return node.toString();
		}
		return node.asString();
	}

}
