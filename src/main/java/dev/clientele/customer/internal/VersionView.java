package dev.clientele.customer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One version as the customer page shows it: who, when, through what, why, and each changed
 * field by its label with the old and new value as text.
 */
record VersionView(int version, Instant recordedAt, String actorName, String source, String reason,
		List<Change> changes) {

	record Change(String label, String oldValue, String newValue) {
	}

	/**
	 * @param customLabels the labels of custom fields by key
	 */
	static VersionView of(RecordVersion version, Map<String, String> customLabels, MessageSource messages,
			Locale locale) {
		List<Change> changes = new ArrayList<>();
		for (FieldChange change : version.changes()) {
			changes.add(new Change(label(change.field(), customLabels, messages, locale), display(change.oldValue()),
					display(change.newValue())));
		}
		return new VersionView(version.version(), version.recordedAt(), version.actorName(), version.source(),
				version.reason(), changes);
	}

	private static String label(String field, Map<String, String> customLabels, MessageSource messages, Locale locale) {
		if (field.startsWith("customFields.")) {
			String key = field.substring("customFields.".length());
			return customLabels.getOrDefault(key, key);
		}
		return messages.getMessage("customer.field." + field, null, field, locale);
	}

	/** JSON text as a person reads it: strings unquoted, lists joined, phones and emails by their text. */
	static String display(String json) {
		if (json == null) {
			return "";
		}
		try {
			return display(ProfileJson.JSON.readTree(json));
		}
		catch (JacksonException ex) {
			return json;
		}
	}

	private static String display(JsonNode node) {
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
