package dev.clientele.marketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignChanged;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.timeline.TimelineEntryRecorded;
import dev.clientele.timeline.TimelineEntryVoided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What campaigns do by themselves: a scheduled campaign starts when its start comes, a campaign
 * past its end finishes, and orders are attributed to campaigns — at once for an order or void
 * recorded one at a time, and every few minutes for all (orders also arrive in batches).
 */
@Component
class CampaignJobs {

	private static final Logger log = LoggerFactory.getLogger(CampaignJobs.class);

	private final CampaignRepository campaigns;

	private final CampaignService service;

	private final Attribution attribution;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessManagement access;

	CampaignJobs(CampaignRepository campaigns, CampaignService service, Attribution attribution,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
			AccessManagement access) {
		this.access = access;
		this.campaigns = campaigns;
		this.service = service;
		this.attribution = attribution;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${clientele.marketing.schedule-interval:PT1M}",
			initialDelayString = "${clientele.marketing.schedule-delay:PT10S}")
	void startAndFinish() {
		for (UUID id : campaigns.ids(List.of(CampaignStatus.SCHEDULED))) {
			try {
				// outside any transaction: runAs suspends one, and the start takes its own
				access.runAs(campaigns.startedBy(id), () -> {
					service.startScheduled(id);
					return null;
				});
			}
			catch (RuntimeException ex) {
				log.error("Campaign {} could not start as scheduled", id, ex);
			}
		}
		Instant now = clock.instant();
		for (UUID id : campaigns.ids(List.of(CampaignStatus.RUNNING, CampaignStatus.PAUSED))) {
			transactions.executeWithoutResult(status -> campaigns.lock(id)
				.filter(c -> c.endsAt() != null && !c.endsAt().isAfter(now)
						&& (c.status() == CampaignStatus.RUNNING || c.status() == CampaignStatus.PAUSED))
				.ifPresent(c -> {
					campaigns.changeStatus(id, CampaignStatus.FINISHED, dev.clientele.access.UserManagement.SYSTEM_USER, now);
					events.publishEvent(new CampaignChanged(id, "finished", dev.clientele.access.UserManagement.SYSTEM_USER));
				}));
		}
	}

	@Scheduled(fixedDelayString = "${clientele.marketing.attribution-interval:PT10M}", initialDelayString = "PT1M")
	void attribute() {
		Instant now = clock.instant();
		for (UUID id : campaigns.ids(List.of(CampaignStatus.RUNNING, CampaignStatus.PAUSED, CampaignStatus.FINISHED))) {
			Campaign campaign = campaigns.find(id).orElseThrow();
			boolean windowOpen = campaign.finishedAt() == null
					|| campaign.finishedAt().plus(java.time.Duration.ofDays(campaign.attributionDays())).isAfter(now);
			if (windowOpen) {
				transactions.executeWithoutResult(status -> attribution.refresh(campaign, now));
			}
		}
	}

	@ApplicationModuleListener
	void on(TimelineEntryRecorded event) {
		if (event.kind().equals("order")) {
			attribution.refreshCustomer(event.customerId(), clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(TimelineEntryVoided event) {
		attribution.refreshCustomer(event.customerId(), clock.instant());
	}

}
