package dev.clientele.marketing.internal;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignChanged;
import dev.clientele.marketing.CampaignInput;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.CampaignMember;
import dev.clientele.marketing.CampaignResults;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.marketing.MessagePreview;
import dev.clientele.marketing.Promotion;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The façade of campaigns: their life; members, outcomes and history are read and logged by {@link MemberLedger}. */
@Service
class CampaignService implements CampaignManagement {

	private final CampaignRepository campaigns;

	private final Targeting targeting;

	private final MemberLedger ledger;

	private final UserManagement users;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageFacts messages;

	private final Results results;

	CampaignService(CampaignRepository campaigns, Targeting targeting, MemberLedger ledger, UserManagement users,
			AccessManagement access, ApplicationEventPublisher events, Clock clock, MessageFacts messages,
			Results results) {
		this.results = results;
		this.messages = messages;
		this.campaigns = campaigns;
		this.targeting = targeting;
		this.ledger = ledger;
		this.users = users;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Campaign create(CampaignInput input, WriteContext context) {
		Violations violations = new Violations();
		CampaignRules.check(input, violations);
		checkOwner(input, violations);
		violations.throwIfAny();
		Instant now = clock.instant();
		Campaign campaign = campaign(UUID.randomUUID(), input, context.actor(), CampaignStatus.DRAFT, now, now,
				context.actor(), 1, null);
		campaigns.insert(campaign);
		events.publishEvent(new CampaignChanged(campaign.id(), "created", context.actor()));
		return campaigns.find(campaign.id()).orElseThrow();
	}

	@Override
	@Transactional
	public Campaign update(UUID id, CampaignInput input, int expectedVersion, WriteContext context) {
		Campaign current = campaigns.lock(id).orElseThrow(CampaignService::notFound);
		if (current.version() != expectedVersion) {
			throw ConflictException.stale();
		}
		Violations violations = new Violations();
		CampaignRules.check(input, violations);
		checkOwner(input, violations);
		Campaign changed = campaign(id, input, current.createdBy(), current.status(), current.createdAt(),
				clock.instant(), context.actor(), current.version() + 1, current);
		if (current.status() != CampaignStatus.DRAFT) {
			CampaignRules.checkChangeOfStarted(current, changed, violations);
		}
		violations.throwIfAny();
		if (!campaigns.update(changed, expectedVersion)) {
			throw ConflictException.stale();
		}
		events.publishEvent(new CampaignChanged(id, "updated", context.actor()));
		return campaigns.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Campaign> find(UUID id) {
		return campaigns.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Campaign> list(CampaignStatus status) {
		return campaigns.list(status, 500);
	}

	@Override
	@Transactional
	public Campaign start(UUID id, WriteContext context) {
		Campaign campaign = campaigns.lock(id).orElseThrow(CampaignService::notFound);
		if (campaign.status() != CampaignStatus.DRAFT) {
			throw new ConflictException("campaign.notDraft", "Only a draft can start.");
		}
		Violations violations = new Violations();
		CampaignRules.checkStartable(campaign, violations);
		violations.throwIfAny();
		Instant now = clock.instant();
		if (campaign.startsAt() != null && campaign.startsAt().isAfter(now)) {
			campaigns.changeStatus(id, CampaignStatus.SCHEDULED, context.actor(), now);
			events.publishEvent(new CampaignChanged(id, "scheduled", context.actor()));
			return campaigns.find(id).orElseThrow();
		}
		targeting.freezeMembers(campaign, access.current(), now);
		campaigns.changeStatus(id, CampaignStatus.RUNNING, context.actor(), now);
		events.publishEvent(new CampaignChanged(id, "started", context.actor()));
		return campaigns.find(id).orElseThrow();
	}

	/**
	 * Starts a scheduled campaign whose time has come, in its own transaction; the scheduler calls
	 * it as the user who scheduled the campaign, so that the target is seen as that user sees it now.
	 */
	@Transactional
	public void startScheduled(UUID id) {
		Campaign campaign = campaigns.lock(id).orElseThrow(CampaignService::notFound);
		Instant now = clock.instant();
		if (campaign.status() != CampaignStatus.SCHEDULED || campaign.startsAt().isAfter(now)) {
			return;
		}
		Access starter = access.current();
		targeting.freezeMembers(campaign, starter, now);
		campaigns.changeStatus(id, CampaignStatus.RUNNING, starter.userId(), now);
		events.publishEvent(new CampaignChanged(id, "started", starter.userId()));
	}

	@Override
	@Transactional(readOnly = true)
	public MessagePreview preview(UUID campaignId, UUID customerId) {
		Campaign campaign = campaigns.find(campaignId).orElseThrow(CampaignService::notFound);
		RenderedMessage message = messages.preview(campaign, customerId);
		return new MessagePreview(message.to(), message.subject(), message.html(), message.text());
	}

	@Override
	@Transactional
	public Campaign pause(UUID id, WriteContext context) {
		return move(id, Set.of(CampaignStatus.RUNNING), CampaignStatus.PAUSED, "paused", context);
	}

	@Override
	@Transactional
	public Campaign resume(UUID id, WriteContext context) {
		return move(id, Set.of(CampaignStatus.PAUSED), CampaignStatus.RUNNING, "resumed", context);
	}

	@Override
	@Transactional
	public Campaign finish(UUID id, WriteContext context) {
		return move(id, Set.of(CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED),
				CampaignStatus.FINISHED, "finished", context);
	}

	@Override
	@Transactional(readOnly = true)
	public CampaignResults results(UUID campaignId, List<UUID> segmentIds) {
		return results.of(campaigns.find(campaignId).orElseThrow(CampaignService::notFound), segmentIds, true);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CampaignResults> compare(List<UUID> campaignIds) {
		return campaignIds.stream()
			.map(id -> results.of(campaigns.find(id).orElseThrow(CampaignService::notFound), List.of(), false))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Slice<CampaignMember> members(UUID campaignId, MemberStatus status, int limit, String cursor) {
		campaigns.find(campaignId).orElseThrow(CampaignService::notFound);
		return ledger.members(campaignId, status, limit, cursor);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Promotion> member(UUID campaignId, UUID customerId) {
		Campaign campaign = campaigns.find(campaignId).orElseThrow(CampaignService::notFound);
		return ledger.promotion(campaign, customerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Promotion> promotions(UUID customerId) {
		return ledger.promotions(customerId);
	}

	@Override
	@Transactional
	public Promotion logOutcome(UUID campaignId, UUID customerId, MemberStatus status, Instant at, String note,
			WriteContext context) {
		Campaign campaign = startedCampaign(campaignId);
		return ledger.log(campaign, customerId, status, at == null ? clock.instant() : at, note, context);
	}

	@Override
	@Transactional
	public int logOutcomes(UUID campaignId, Reader csv, WriteContext context) {
		Campaign campaign = startedCampaign(campaignId);
		return ledger.logFile(campaign, csv, context);
	}

	private Campaign startedCampaign(UUID campaignId) {
		Campaign campaign = campaigns.find(campaignId).orElseThrow(CampaignService::notFound);
		if (campaign.status() == CampaignStatus.DRAFT || campaign.status() == CampaignStatus.SCHEDULED) {
			throw new ConflictException("campaign.notStarted", "The campaign has no members until it starts.");
		}
		return campaign;
	}

	private Campaign move(UUID id, Set<CampaignStatus> from, CampaignStatus to, String action, WriteContext context) {
		Campaign campaign = campaigns.lock(id).orElseThrow(CampaignService::notFound);
		if (!from.contains(campaign.status())) {
			throw new ConflictException("campaign.status",
					"A " + campaign.status().json() + " campaign cannot be " + action + ".");
		}
		campaigns.changeStatus(id, to, context.actor(), clock.instant());
		events.publishEvent(new CampaignChanged(id, action, context.actor()));
		return campaigns.find(id).orElseThrow();
	}

	private void checkOwner(CampaignInput input, Violations violations) {
		if (input.ownerId() != null && users.find(input.ownerId()).isEmpty()) {
			violations.add("ownerId", "campaign.unknownOwner");
		}
	}

	private static Campaign campaign(UUID id, CampaignInput input, UUID createdBy, CampaignStatus status,
			Instant createdAt, Instant updatedAt, UUID actor, int version, Campaign current) {
		UUID owner = input.ownerId() != null ? input.ownerId() : current != null ? current.ownerId() : actor;
		int days = input.attributionDays() != null ? input.attributionDays()
				: current != null ? current.attributionDays() : CampaignRules.DEFAULT_ATTRIBUTION_DAYS;
		return new Campaign(id, input.name().strip(), blankToNull(input.goal()), input.channel(), input.startsAt(),
				input.endsAt(), input.budget(), input.currency(), owner, status, input.segmentId(), input.customerIds(), days,
				input.template(), input.questions(), 0, 0, 0, createdAt, createdBy, updatedAt, actor,
				current == null ? null : current.startedAt(), current == null ? null : current.finishedAt(), version);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static NotFoundException notFound() {
		return new NotFoundException("Campaign");
	}

}
