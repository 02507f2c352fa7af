package dev.clientele.marketing.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The campaigns' share of a customer's personal data: every membership with the address used, its
 * trail, and the answers given on response forms. Erasure deletes them (the campaign's counts stay).
 */
@Component
class CampaignPersonalData implements PersonalDataPart {

	private final MemberRepository members;

	private final ResponseRepository responses;

	CampaignPersonalData(MemberRepository members, ResponseRepository responses) {
		this.members = members;
		this.responses = responses;
	}

	@Override
	public String name() {
		return "campaigns";
	}

	@Override
	public JsonNode export(UUID customerId) {
		ObjectNode part = CampaignRepository.JSON.createObjectNode();
		ArrayNode list = part.putArray("members");
		List<MemberRow> rows = members.ofCustomer(customerId);
		var trails = members.trails(rows.stream().map(MemberRow::id).toList());
		for (MemberRow row : rows) {
			ObjectNode member = CampaignRepository.JSON.valueToTree(row.view(null, row.address()));
			member.remove("customerName");
			member.set("trail", CampaignRepository.JSON.valueToTree(trails.getOrDefault(row.id(), List.of())));
			list.add(member);
		}
		part.set("responses", CampaignRepository.JSON.valueToTree(responses.ofCustomer(customerId)));
		return part;
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		Map<String, Integer> counts = members.deleteCustomer(customerId);
		ErasureCounts erased = ErasureCounts.of("members", counts.get("members"));
		return erased.and("memberEvents", counts.get("memberEvents")).and("responses", counts.get("responses"));
	}

}
