package dev.clientele.marketing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * How a campaign did, over the members in the reader's data scope: the funnel, rates, revenue
 * attributed, and the same broken down by segment, level, city and owner. A breakdown by a field
 * the reader may not see is left out (empty); so is revenue for a reader who may not see amounts.
 *
 * @param revenue the members' orders within the attribution window, in {@code currency}; {@code null} if hidden
 * @param returnOnBudget revenue divided by budget, or {@code null} without a budget or revenue
 */
public record CampaignResults(UUID campaignId, String name, Channel channel, CampaignStatus status, Funnel funnel,
		Rates rates, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue, String currency,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
		@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnOnBudget, List<Breakdown> bySegment,
		List<Breakdown> byLevel, List<Breakdown> byCity, List<Breakdown> byOwner) {

	/** Members who reached each stage (a later stage counts for the earlier ones), and those beside the funnel. */
	public record Funnel(long targeted, long sent, long delivered, long opened, long clicked, long responded,
			long converted, long bounced, long unsubscribed, long unknown) {
	}

	/** Shares of the targeted members, 0 to 1, rounded to four places; 0 when nobody was targeted. */
	public record Rates(double delivery, double open, double click, double response, double conversion) {
	}

	/**
	 * One group of members: a segment, a level, a city or an owner.
	 *
	 * @param key the segment id, the level code, the city or the owner's id; {@code null} for members without one
	 */
	public record Breakdown(String key, String label, long targeted, long responded, long converted,
			double responseRate, double conversionRate, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue) {
	}

}
