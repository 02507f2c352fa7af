package dev.clientele.history.internal;

import java.util.List;

import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The API's JSON form of versions and comparisons. */
final class VersionJson {

	private VersionJson() {
	}

	static ArrayNode versions(List<RecordVersion> versions) {
		ArrayNode array = VersionDiff.JSON.createArrayNode();
		versions.forEach(v -> array.add(version(v)));
		return array;
	}

	static ObjectNode version(RecordVersion v) {
		ObjectNode node = VersionDiff.JSON.createObjectNode();
		node.put("version", v.version());
		node.put("recordedAt", v.recordedAt().toString());
		node.put("actorId", v.actorId().toString());
		node.put("actorName", v.actorName());
		node.put("source", v.source());
		node.put("reason", v.reason());
		node.set("changes", changes(v.changes()));
		node.set("snapshot", parse(v.snapshot()));
		return node;
	}

	static ObjectNode comparison(RecordVersion from, RecordVersion to, List<FieldChange> changes) {
		ObjectNode node = VersionDiff.JSON.createObjectNode();
		node.putObject("from").put("version", from.version()).put("recordedAt", from.recordedAt().toString());
		node.putObject("to").put("version", to.version()).put("recordedAt", to.recordedAt().toString());
		node.set("changes", changes(changes));
		return node;
	}

	private static ArrayNode changes(List<FieldChange> changes) {
		ArrayNode array = VersionDiff.JSON.createArrayNode();
		for (FieldChange change : changes) {
			ObjectNode item = array.addObject();
			item.put("field", change.field());
			item.set("old", parse(change.oldValue()));
			item.set("new", parse(change.newValue()));
		}
		return array;
	}

	private static JsonNode parse(String json) {
		return json == null ? VersionDiff.JSON.nullNode() : VersionDiff.JSON.readTree(json);
	}

}
