package dev.clientele.marketing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A campaign as read.
 *
 * @param segmentId the target segment, or {@code null}
 * @param customerIds the customers picked by hand, beside or instead of the segment
 * @param attributionDays how many days after a member was reached an order counts as converted
 * @param targeted how many members the campaign got when it started (0 before)
 * @param excludedNoConsent customers of the target left out at start for want of consent to the channel
 * @param excludedNoAddress customers of the target left out at start for want of an email address
 */
public record Campaign(UUID id, String name, String goal, Channel channel, Instant startsAt, Instant endsAt,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget, String currency, UUID ownerId,
		CampaignStatus status, UUID segmentId, List<UUID> customerIds, int attributionDays, EmailTemplate template,
		List<Question> questions, int targeted, int excludedNoConsent, int excludedNoAddress, Instant createdAt,
		UUID createdBy, Instant updatedAt, UUID updatedBy, Instant startedAt, Instant finishedAt, int version) {

	public Campaign {
		customerIds = List.copyOf(customerIds);
		questions = List.copyOf(questions);
	}

}
