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
import dev.clientele.consent.ConsentManagement;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
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

	private final SegmentManagement segments;

	private final ConsentManagement consents;

	Targeting(CustomerManagement customers, MemberRepository members, CampaignRepository campaigns, BulkInsert bulk,
			SegmentManagement segments, ConsentManagement consents) {
		this.segments = segments;
		this.consents = consents;
		this.customers = customers;
		this.members = members;
		this.campaigns = campaigns;
		this.bulk = bulk;
	}

	/** @param access the starting user's access; the current access must be the same user's */
	void freezeMembers(Campaign campaign, Access access, Instant now) {
		List<UUID> target = List.copyOf(target(campaign, access));
		int targeted = 0;
		int noAddress = 0;
		int noConsent = 0;
		for (List<UUID> step : Chunks.of(target, STEP)) {
			Map<UUID, Reachable> reachable = customers.reachable(step);
			List<MemberRow> rows = new ArrayList<>();
			List<MemberRow> candidates = new ArrayList<>();
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
				candidates.add(new MemberRow(UUID.randomUUID(), campaign.id(), customerId, recipient.contactId(),
						recipient.address(), profile.ownerId(), profile.level(), profile.city(), Funnel.Stages.targeted(),
						now, 0, null, null, java.math.BigDecimal.ZERO));
			}
			Set<dev.clientele.consent.Recipient> permitted = permitted(campaign.channel(), candidates);
			for (MemberRow candidate : candidates) {
				if (permitted == null || permitted.contains(recipient(candidate))) {
					rows.add(candidate);
				}
				else {
					noConsent++;
				}
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
		if (campaign.segmentId() != null) {
			ids.addAll(segments.memberIds(campaign.segmentId(), access));
		}
		ids.addAll(customers.visible(campaign.customerIds()));
		return ids;
	}

	/** The members whose recipient has consent to the channel; {@code null} when the channel needs none. */
	private Set<dev.clientele.consent.Recipient> permitted(Channel channel, List<MemberRow> candidates) {
		return consentChannel(channel)
			.map(consent -> consents.permitted(candidates.stream().map(Targeting::recipient).toList(), consent))
			.orElse(null);
	}

	static dev.clientele.consent.Recipient recipient(MemberRow member) {
		return new dev.clientele.consent.Recipient(member.customerId(), member.contactId());
	}

	/** The consent a channel needs: email, SMS and phone need their own; events, ads and others none. */
	static java.util.Optional<dev.clientele.consent.Channel> consentChannel(Channel channel) {
		return switch (channel) {
			case EMAIL -> java.util.Optional.of(dev.clientele.consent.Channel.EMAIL);
			case SMS -> java.util.Optional.of(dev.clientele.consent.Channel.SMS);
			case PHONE -> java.util.Optional.of(dev.clientele.consent.Channel.PHONE);
			default -> java.util.Optional.empty();
		};
	}

}
