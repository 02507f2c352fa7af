package dev.clientele.marketing.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.clientele.access.UserManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignResponded;
import dev.clientele.marketing.CampaignResponse;
import dev.clientele.marketing.Question;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.RecordEntry;
import dev.clientele.timeline.TimelineManagement;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each answered response form on the customer's timeline, as a {@code campaign-response}
 * entry keyed by the response, so that a redelivered event records it once.
 */
@Component
class ResponseTimeline {

	static final String KIND = "campaign-response";

	private final TimelineManagement timeline;

	private final CampaignRepository campaigns;

	private final ResponseRepository responses;

	ResponseTimeline(TimelineManagement timeline, CampaignRepository campaigns, ResponseRepository responses) {
		this.timeline = timeline;
		this.campaigns = campaigns;
		this.responses = responses;
	}

	@EventListener(ApplicationReadyEvent.class)
	void defineKind() {
		if (timeline.kinds().stream().noneMatch(kind -> kind.key().equals(KIND))) {
			try {
				timeline.defineKind(new DefineKind(KIND, "活动反馈", "Campaign response", false, List.of(),
					List.of(new EntryKind.Attribute("campaign", "活动", "Campaign", EntryKind.AttributeType.TEXT, false,
							List.of())),
					UserManagement.SYSTEM_USER));
			}
			catch (dev.clientele.shared.ConflictException | org.springframework.dao.DuplicateKeyException ex) {
				// another instance defined it at the same moment
			}
		}
	}

	@ApplicationModuleListener
	void on(CampaignResponded event) {
		Campaign campaign = campaigns.find(event.campaignId()).orElseThrow();
		CampaignResponse response = responses.find(event.responseId()).orElse(null);
		if (response == null) {
			return;
		}
		timeline.record(new RecordEntry(event.customerId(), null, KIND, response.receivedAt().toString(),
				campaign.name(), body(campaign.questions(), response.answers()), null, null, null,
				Map.of("campaign", campaign.name()), "campaign", response.id().toString(), null,
				new WriteContext(UserManagement.SYSTEM_USER, Source.system("campaign-response"))));
	}

	static String body(List<Question> questions, Map<String, String> answers) {
		return questions.stream()
			.filter(q -> answers.containsKey(q.key()))
			.map(q -> q.label() + ": " + answers.get(q.key()))
			.collect(Collectors.joining("\n"));
	}

}
