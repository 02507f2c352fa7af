package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.clientele.marketing.CampaignMember;
import dev.clientele.marketing.MemberStatus;

/** A member as stored, with what the campaign noted about the customer when it started. */
record MemberRow(UUID id, UUID campaignId, UUID customerId, UUID contactId, String address, UUID ownerId, String level,
		String city, Funnel.Stages stages, Instant targetedAt, int attempts, String messageId, String lastError,
		BigDecimal attributedRevenue) {

	MemberStatus status() {
		return stages.status();
	}

	CampaignMember view(String customerName, String shownAddress) {
		return new CampaignMember(id, campaignId, customerId, customerName, contactId, shownAddress, status(), targetedAt,
				stages.at(MemberStatus.SENT), stages.at(MemberStatus.DELIVERED), stages.at(MemberStatus.OPENED),
				stages.at(MemberStatus.CLICKED), stages.at(MemberStatus.RESPONDED), stages.at(MemberStatus.CONVERTED),
				stages.at(MemberStatus.BOUNCED), stages.at(MemberStatus.UNSUBSCRIBED), stages.at(MemberStatus.UNKNOWN),
				lastError, attributedRevenue);
	}

}
