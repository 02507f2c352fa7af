package dev.clientele.marketing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Answers a member gave on a campaign's response form, by question key. */
public record CampaignResponse(UUID id, UUID campaignId, UUID customerId, Map<String, String> answers,
		Instant receivedAt) {

	public CampaignResponse {
		answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
	}

}
