package dev.clientele.segment.internal;

import dev.clientele.segment.ListView;
import dev.clientele.segment.Segment;
import dev.clientele.shared.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The API's JSON form of segments and saved views; filters travel as JSON objects. */
final class SegmentJson {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private SegmentJson() {
	}

	static ObjectNode segment(Segment s) {
		ObjectNode node = JSON.createObjectNode();
		node.put("id", s.id().toString());
		node.put("name", s.name());
		node.put("description", s.description());
		node.put("kind", s.kind().key());
		node.set("filter", filter(s.filter()));
		node.put("takenFrom", s.takenFrom() == null ? null : s.takenFrom().toString());
		if (s.frozenMembers() != null) {
			node.put("frozenMembers", s.frozenMembers());
		}
		node.put("createdAt", s.createdAt().toString());
		node.put("createdBy", s.createdBy().toString());
		node.put("updatedAt", s.updatedAt().toString());
		node.put("updatedBy", s.updatedBy().toString());
		return node;
	}

	static ObjectNode view(ListView v) {
		ObjectNode node = JSON.createObjectNode();
		node.put("id", v.id().toString());
		node.put("name", v.name());
		node.put("ownerId", v.ownerId().toString());
		node.put("ownerName", v.ownerName());
		node.put("shared", v.shared());
		node.put("q", v.keyword());
		node.set("filter", filter(v.filter()));
		node.put("sort", v.sort());
		node.put("link", v.link());
		node.put("createdAt", v.createdAt().toString());
		node.put("updatedAt", v.updatedAt().toString());
		return node;
	}

	/**
	 * A filter member of a request: a JSON object (the filter itself) or a string holding one; its
	 * text, {@code null} when absent.
	 */
	static String filterText(JsonNode body, Violations violations) {
		JsonNode node = body.get("filter");
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (!node.isObject()) {
			violations.add("filter", "filter.notObject");
			return null;
		}
		return JSON.writeValueAsString(node);
	}

	private static JsonNode filter(String text) {
		if (text == null) {
			return JSON.nullNode();
		}
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return JSON.stringNode(text);
		}
	}

}
