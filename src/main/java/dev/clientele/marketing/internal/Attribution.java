package dev.clientele.marketing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.timeline.Order;
import dev.clientele.timeline.TimelineManagement;
import org.springframework.stereotype.Component;

/**
 * Attributes orders to campaigns: a member's orders within the campaign's attribution window
 * after it was reached (sent) count as the member's revenue, and the first of them converts the
 * member. Revenue follows corrections and voids of orders; a conversion, like every stage, stays.
 * Only orders in the campaign's currency (CNY when it has no budget currency) are summed.
 */
@Component
class Attribution {

	private static final int STEP = 1_000;

	private final MemberRepository members;

	private final CampaignRepository campaigns;

	private final TimelineManagement timeline;

	Attribution(MemberRepository members, CampaignRepository campaigns, TimelineManagement timeline) {
		this.members = members;
		this.campaigns = campaigns;
		this.timeline = timeline;
	}

	/** Recomputes every reached member of a campaign. */
	void refresh(Campaign campaign, Instant now) {
		UUID after = null;
		List<MemberRow> page;
		do {
			page = members.reached(campaign.id(), after, STEP);
			apply(page, Map.of(campaign.id(), campaign), now);
			after = page.isEmpty() ? null : page.get(page.size() - 1).id();
		}
		while (page.size() == STEP);
	}

	/** Recomputes the reached members of one customer, in every campaign. */
	void refreshCustomer(UUID customerId, Instant now) {
		List<MemberRow> reached = members.reachedOf(customerId);
		Map<UUID, Campaign> byId = new HashMap<>();
		reached.forEach(m -> byId.computeIfAbsent(m.campaignId(), id -> campaigns.find(id).orElseThrow()));
		apply(reached, byId, now);
	}

	private void apply(List<MemberRow> reached, Map<UUID, Campaign> campaignsById, Instant now) {
		if (reached.isEmpty()) {
			return;
		}
		Instant earliest = reached.stream().map(m -> m.stages().at(MemberStatus.SENT)).min(Instant::compareTo).orElseThrow();
		Map<UUID, List<Order>> orders = new HashMap<>();
		for (Order order : timeline.ordersSince(reached.stream().map(MemberRow::customerId).distinct().toList(), earliest)) {
			orders.computeIfAbsent(order.customerId(), id -> new ArrayList<>()).add(order);
		}
		for (MemberRow member : reached) {
			Campaign campaign = campaignsById.get(member.campaignId());
			Window window = window(campaign, member, orders.getOrDefault(member.customerId(), List.of()));
			if (window.revenue().compareTo(member.attributedRevenue()) != 0) {
				members.setRevenue(member.id(), window.revenue());
			}
			if (window.first() != null && member.stages().at(MemberStatus.CONVERTED) == null) {
				Funnel.Step step = Funnel.observe(member.stages(), MemberStatus.CONVERTED, window.first().occurredAt());
				members.observe(member, step.stages(), new MemberEvent(MemberStatus.CONVERTED, window.first().occurredAt(),
						now, "orders", null, "order " + window.first().entryId()), null);
			}
		}
	}

	/** The orders of a member inside the campaign's window, in order of occurrence. */
	static Window window(Campaign campaign, MemberRow member, List<Order> orders) {
		Instant from = member.stages().at(MemberStatus.SENT);
		Instant to = from.plus(Duration.ofDays(campaign.attributionDays()));
		String currency = campaign.currency() == null ? "CNY" : campaign.currency();
		BigDecimal revenue = BigDecimal.ZERO;
		Order first = null;
		for (Order order : orders) {
			if (order.occurredAt().isBefore(from) || order.occurredAt().isAfter(to)) {
				continue;
			}
			if (first == null) {
				first = order;
			}
			if (order.amount() != null && currency.equals(order.currency())) {
				revenue = revenue.add(order.amount());
			}
		}
		return new Window(first, revenue);
	}

	record Window(Order first, BigDecimal revenue) {
	}

}
