package dev.clientele.consent.internal;

import java.util.UUID;

import dev.clientele.consent.Consent;
import dev.clientele.consent.ConsentRecord;
import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consents as part of a customer's personal data: those in force and the whole history. Erasure
 * deletes both (the erasure itself is audited, and an erased customer is contacted by no one), so
 * nothing remains of when or where the person consented.
 */
@Component
class ConsentPersonalData implements PersonalDataPart {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConsentRepository consents;

	ConsentPersonalData(ConsentRepository consents) {
		this.consents = consents;
	}

	@Override
	public String name() {
		return "consents";
	}

	@Override
	public JsonNode export(UUID customerId) {
		ObjectNode part = JSON.createObjectNode();
		ArrayNode current = part.putArray("current");
		for (Consent consent : consents.inForce(customerId)) {
			current.add(JSON.valueToTree(consent));
		}
		ArrayNode history = part.putArray("history");
		for (ConsentRecord record : consents.history(customerId)) {
			history.add(JSON.valueToTree(record));
		}
		return part;
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		return ErasureCounts.of("consents", consents.deleteInForce(customerId))
			.and("consentEvents", consents.deleteHistory(customerId));
	}

}
