package dev.clientele.marketing.internal;

import java.util.List;

import dev.clientele.filter.FilterField;
import dev.clientele.filter.FilterFieldContributor;
import dev.clientele.filter.ValueType;
import org.springframework.stereotype.Component;

/**
 * Campaign membership and response as fields of the customer filter: {@code campaign} (member of),
 * {@code campaignStatus} (a member's status in any campaign), {@code respondedTo} and
 * {@code convertedBy} (campaigns the customer responded to or was converted by), and
 * {@code campaignReachedAt} (when any campaign reached the customer, e.g. with {@code withinLastDays}).
 */
@Component
class CampaignFilterFields implements FilterFieldContributor {

	private static final String MEMBERS = "campaign_members cm where cm.customer_id = c.id";

	@Override
	public String entity() {
		return "customer";
	}

	@Override
	public List<FilterField> fields() {
		return List.of(FilterField.sideTable("campaign", ValueType.ID, MEMBERS, "cm.campaign_id"),
				FilterField.sideTable("campaignStatus", ValueType.TEXT, MEMBERS, "cm.status"),
				FilterField.sideTable("respondedTo", ValueType.ID, MEMBERS + " and cm.responded_at is not null",
						"cm.campaign_id"),
				FilterField.sideTable("convertedBy", ValueType.ID, MEMBERS + " and cm.converted_at is not null",
						"cm.campaign_id"),
				FilterField.sideTable("campaignReachedAt", ValueType.INSTANT, MEMBERS + " and cm.sent_at is not null",
						"cm.sent_at"));
	}

}
