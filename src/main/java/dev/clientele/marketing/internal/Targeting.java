package dev.clientele.marketing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerManagement.Reachable;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.Channel;
import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.shared.BulkInsert;
import org.springframework.stereotype.Component;

/**
 * Fixes a campaign's members when it starts: the target as the starting user sees it (their data
 * scope), each customer with the contact and address the channel reaches, less those the channel
 * may not reach. What the campaign notes about each member (owner, level, city) is as of the start.
 */
@Component
class Targeting {

	private static final int STEP = 1_000;

	private final CustomerManagement customers;

	private final MemberRepository members;

	private final CampaignRepository campaigns;

	private final BulkInsert bulk;

	Targeting(CustomerManagement customers, MemberRepository members, CampaignRepository campaigns, BulkInsert bulk) {
		this.customers = customers;
		this.members = members;
		this.campaigns = campaigns;
		this.bulk = bulk;
	}

	/** @param access the starting user's access; the current access must be the same user's */
	void fixMembers(Campaign campaign, Access access, Instant now) {
		List<UUID> target = List.copyOf(target(campaign, access));
		int targeted = 0;
		int noAddress = 0;
		int noConsent = 0;
		for (int from = 0; from < target.size(); from += STEP) {
			List<UUID> step = target.subList(from, Math.min(target.size(), from + STEP));
			Map<UUID, Reachable> reachable = customers.reachable(step);
			List<MemberRow> rows = new ArrayList<>();
			for (UUID customerId : step) {
				Reachable customer = reachable.get(customerId);
				if (customer == null) {
					continue;
				}
				Recipient recipient = Recipient.of(campaign.channel(), customer);
				if (recipient == null) {
					noAddress++;
					continue;
				}
				var profile = customer.customer().profile();
				rows.add(new MemberRow(UUID.randomUUID(), campaign.id(), customerId, recipient.contactId(),
						recipient.address(), profile.ownerId(), profile.level(), profile.city(), Funnel.Stages.targeted(),
						now, 0, null, null, java.math.BigDecimal.ZERO));
			}
			members.insertAll(rows);
			members.insertEvents(rows.stream()
				.map(row -> new MemberRepository.Trail(row,
						new MemberEvent(MemberStatus.TARGETED, now, now, "campaign", null, null)))
				.toList());
			targeted += rows.size();
		}
		campaigns.recordTargeting(campaign.id(), targeted, noConsent, noAddress);
		bulk.refreshStatistics(List.of("campaign_members", "campaign_member_events"));
	}

	private Set<UUID> target(Campaign campaign, Access access) {
		Set<UUID> ids = new LinkedHashSet<>();
		ids.addAll(customers.visible(campaign.customerIds()));
		return ids;
	}

	static boolean needsConsent(Channel channel) {
		return channel == Channel.EMAIL || channel == Channel.SMS || channel == Channel.PHONE;
	}

}
