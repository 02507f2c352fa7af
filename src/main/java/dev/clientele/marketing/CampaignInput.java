package dev.clientele.marketing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a user gives to create a campaign or to change a draft. A running campaign takes only
 * changes of name, goal, end, budget and owner; see {@link CampaignManagement#update}.
 */
public record CampaignInput(String name, String goal, Channel channel, Instant startsAt, Instant endsAt,
		BigDecimal budget, String currency, UUID ownerId, UUID segmentId, List<UUID> customerIds,
		Integer attributionDays, EmailTemplate template, List<Question> questions) {

	public CampaignInput {
		customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
		questions = questions == null ? List.of() : List.copyOf(questions);
		template = template == null ? EmailTemplate.NONE : template;
	}

}
