package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.clientele.customer.FieldChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an erased customer's versions keep: every field name, and the values only of the fields that
 * say nothing about the person (the kind, the owner, whether and when it was in the recycle bin,
 * which customer a contact belongs to, whether it was the primary contact). Everything else becomes
 * empty: text {@code null}, lists {@code []}, custom values {@code {}}.
 */
final class Redaction {

	/** The fields whose values carry no personal data. */
	static final Set<String> KEPT = Set.of("kind", "ownerId", "deletedAt", "customerId", "primary");

	/** The member every erased snapshot carries. */
	static final String ERASED = "erased";

	private Redaction() {
	}

	/** A snapshot with the same members, personal values emptied, marked erased. */
	static String snapshot(String snapshot) {
		ObjectNode before = (ObjectNode) ProfileJson.JSON.readTree(snapshot);
		ObjectNode after = ProfileJson.JSON.createObjectNode();
		for (String name : before.propertyNames()) {
			JsonNode value = before.get(name);
			if (KEPT.contains(name) || name.equals(ERASED)) {
				after.set(name, value);
			}
			else if (value.isArray()) {
				after.putArray(name);
			}
			else if (value.isObject()) {
				after.putObject(name);
			}
			else {
				after.putNull(name);
			}
		}
		after.put(ERASED, true);
		return after.toString();
	}

	/** The changes with their field names, values emptied except those of {@link #KEPT} fields. */
	static List<FieldChange> changes(List<FieldChange> changes) {
		List<FieldChange> kept = new ArrayList<>();
		for (FieldChange change : changes) {
			kept.add(KEPT.contains(change.field()) ? change : new FieldChange(change.field(), null, null));
		}
		return kept;
	}

}
