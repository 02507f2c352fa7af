package dev.clientele.customer.internal;

import java.util.List;

import dev.clientele.customer.FieldChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes back what one version changed, field by field, but only where the record still holds the
 * value that version wrote: a later edit of the field is someone's decision and is kept.
 */
final class VersionUndo {

	private VersionUndo() {
	}

	/** The content with every field still as {@code changes} left it put back as it was before. */
	static ObjectNode undo(ObjectNode current, List<FieldChange> changes) {
		ObjectNode result = current.deepCopy();
		for (FieldChange change : changes) {
			String field = change.field();
			ObjectNode parent = result;
			String name = field;
			if (field.startsWith("customFields.")) {
				parent = result.has("customFields") && result.get("customFields").isObject()
						? (ObjectNode) result.get("customFields") : result.putObject("customFields");
				name = field.substring("customFields.".length());
			}
			if (!same(parent.get(name), parse(change.newValue()))) {
				continue;
			}
			JsonNode before = parse(change.oldValue());
			if (before == null) {
				parent.remove(name);
			}
			else {
				parent.set(name, before);
			}
		}
		return result;
	}

	private static JsonNode parse(String text) {
		return text == null ? null : ProfileJson.JSON.readTree(text);
	}

	private static boolean same(JsonNode a, JsonNode b) {
		boolean aEmpty = a == null || a.isNull();
		boolean bEmpty = b == null || b.isNull();
		return aEmpty || bEmpty ? aEmpty == bEmpty : a.equals(b);
	}

}
