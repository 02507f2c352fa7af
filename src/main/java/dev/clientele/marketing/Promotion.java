package dev.clientele.marketing;

import java.util.List;
import java.util.UUID;

/** One campaign a customer was part of, with the member's trail, oldest first: the customer's promotion history. */
public record Promotion(UUID campaignId, String campaignName, Channel channel, CampaignMember member,
		List<MemberEvent> trail) {

	public Promotion {
		trail = List.copyOf(trail);
	}

}
