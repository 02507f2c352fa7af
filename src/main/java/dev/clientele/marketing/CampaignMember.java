package dev.clientele.marketing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One customer in one campaign: the contact reached (for a company), where they stand, and when
 * they first reached each stage.
 *
 * @param address the email address the campaign used, as the reader may see it
 * @param attributedRevenue the orders of the customer within the campaign's attribution window after it was reached
 */
public record CampaignMember(UUID id, UUID campaignId, UUID customerId, String customerName, UUID contactId,
		String address, MemberStatus status, Instant targetedAt, Instant sentAt, Instant deliveredAt, Instant openedAt,
		Instant clickedAt, Instant respondedAt, Instant convertedAt, Instant bouncedAt, Instant unsubscribedAt,
		Instant unknownAt, String lastError,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal attributedRevenue) {
}
