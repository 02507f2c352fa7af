package dev.clientele.customer.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.clientele.filter.FilterCompiler;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque {@code next} value of a list page: the order it belongs to, the last row's sort
 * values and its id, as base64url JSON.
 */
record Cursor(String order, List<Object> values, UUID lastId) {

	String encode() {
		ObjectNode node = ProfileJson.JSON.createObjectNode();
		node.put("o", order);
		ArrayNode array = node.putArray("v");
		values.forEach(value -> array.add(value == null ? null : value.toString()));
		node.put("id", lastId.toString());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor made for the same order.
	 *
	 * @throws InvalidInputException on the {@code cursor} parameter if it is malformed or was made for another order
	 */
	static Cursor decode(String text, String order, List<SortKey> keys) {
		try {
			JsonNode node = ProfileJson.JSON.readTree(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
			if (!order.equals(node.path("o").asString()) || node.path("v").size() != keys.size()) {
				throw invalid();
			}
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < keys.size(); i++) {
				JsonNode value = node.get("v").get(i);
				if (value.isNull()) {
					values.add(null);
					continue;
				}
				Object operand = FilterCompiler.operand(keys.get(i).type(), value.asString());
				if (operand == null) {
					throw invalid();
				}
				values.add(operand);
			}
			UUID id = Ids.parse(node.path("id").asString()).orElseThrow(Cursor::invalid);
			return new Cursor(order, values, id);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid();
		}
	}

	private static InvalidInputException invalid() {
		return InvalidInputException.of("cursor", "cursor.invalid");
	}

}
