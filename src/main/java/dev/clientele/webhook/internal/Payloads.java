package dev.clientele.webhook.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body a webhook receives: ids, the change type and the names of the changed fields it
 * may see; never a personal value.
 */
final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Payloads() {
	}

	static String of(UUID deliveryId, Change change, Instant occurredAt, List<String> visibleFields) {
		ObjectNode body = JSON.createObjectNode();
		body.put("id", deliveryId.toString());
		body.put("event", change.event());
		body.put("occurredAt", occurredAt.toString());
		body.put("customerId", change.customerId().toString());
		if (change.aboutContact()) {
			body.put("contactId", change.contactId().toString());
		}
		body.put("version", change.version());
		body.put("actorId", change.actorId() == null ? null : change.actorId().toString());
		ArrayNode fields = body.putArray("fields");
		visibleFields.forEach(fields::add);
		return JSON.writeValueAsString(body);
	}

}
