package dev.clientele.marketing;

import java.util.UUID;

/** A member answered a campaign's response form. */
public record CampaignResponded(UUID campaignId, UUID customerId, UUID responseId) {
}
