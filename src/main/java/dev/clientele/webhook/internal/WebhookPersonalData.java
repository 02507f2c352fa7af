package dev.clientele.webhook.internal;

import java.util.UUID;

import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import dev.clientele.webhook.WebhookDelivery;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The webhook module's share of a customer's data: the deliveries that told receivers about its
 * changes. Payloads hold ids and field names only, yet the log says which systems heard of the
 * person and when, so the subject export lists it and erasure deletes it.
 */
@Component
class WebhookPersonalData implements PersonalDataPart {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DeliveryRepository deliveries;

	WebhookPersonalData(DeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public String name() {
		return "webhookDeliveries";
	}

	@Override
	public JsonNode export(UUID customerId) {
		ArrayNode array = JSON.createArrayNode();
		for (WebhookDelivery delivery : deliveries.byCustomer(customerId)) {
			array.addObject()
				.put("id", delivery.id().toString())
				.put("webhookId", delivery.webhookId().toString())
				.put("event", delivery.event())
				.put("contactId", delivery.contactId() == null ? null : delivery.contactId().toString())
				.put("status", delivery.status())
				.put("createdAt", delivery.createdAt().toString())
				.put("deliveredAt", delivery.deliveredAt() == null ? null : delivery.deliveredAt().toString());
		}
		return array;
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		return ErasureCounts.of("deliveries", deliveries.deleteByCustomer(customerId));
	}

}
