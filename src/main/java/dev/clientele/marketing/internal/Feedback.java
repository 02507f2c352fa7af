package dev.clientele.marketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignResponded;
import dev.clientele.marketing.CampaignResponse;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.marketing.Question;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members tell a campaign without signing in, through the signed links of its message:
 * opening it, clicking a link, answering the response form. The token is the only authority, and
 * names nothing but the member.
 */
@Component
class Feedback {

	static final int MAX_ANSWER = 2000;

	private final TrackingLinks links;

	private final MemberRepository members;

	private final CampaignRepository campaigns;

	private final ResponseRepository responses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedback(TrackingLinks links, MemberRepository members, CampaignRepository campaigns, ResponseRepository responses,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.members = members;
		this.campaigns = campaigns;
		this.responses = responses;
		this.events = events;
		this.clock = clock;
	}

	/** Records an open; a token that is not valid records nothing. */
	@Transactional
	void opened(String token) {
		links.openedMember(token).flatMap(members::lock).ifPresent(member -> observe(member, MemberStatus.OPENED, "tracking"));
	}

	/**
	 * Records a click and answers where the link leads: the link at that position of the campaign's
	 * own message; empty for a token that is not valid.
	 */
	@Transactional
	Optional<String> clicked(String token) {
		return links.click(token).flatMap(click -> members.lock(click.memberId()).flatMap(member -> {
			Campaign campaign = campaigns.find(member.campaignId()).orElseThrow();
			List<String> targets = MessageTemplate.links(campaign.template().html());
			if (click.index() < 0 || click.index() >= targets.size()) {
				return Optional.empty();
			}
			observe(member, MemberStatus.CLICKED, "tracking");
			return Optional.of(targets.get(click.index()));
		}));
	}

	/** The campaign whose form a token opens, and whether the member already answered. */
	@Transactional(readOnly = true)
	Optional<Form> form(String token) {
		return links.respondingMember(token)
			.flatMap(members::find)
			.map(member -> new Form(campaigns.find(member.campaignId()).orElseThrow(), member.stages().at(MemberStatus.RESPONDED) != null));
	}

	/**
	 * Stores a member's answers, marks the member responded and announces it (the timeline shows it).
	 *
	 * @return empty for a token that is not valid; otherwise the answers stored
	 * @throws dev.clientele.shared.InvalidInputException naming each question answered badly
	 */
	@Transactional
	Optional<CampaignResponse> respond(String token, Map<String, String> answers) {
		Optional<MemberRow> found = links.respondingMember(token).flatMap(members::lock);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		MemberRow member = found.get();
		Campaign campaign = campaigns.find(member.campaignId()).orElseThrow();
		Map<String, String> kept = check(campaign.questions(), answers);
		CampaignResponse response = new CampaignResponse(UUID.randomUUID(), campaign.id(), member.customerId(), kept,
				clock.instant());
		responses.insert(response, member.id());
		observe(member, MemberStatus.RESPONDED, "form");
		events.publishEvent(new CampaignResponded(campaign.id(), member.customerId(), response.id()));
		return Optional.of(response);
	}

	/** The answers to the campaign's questions, in their order; anything else is ignored. */
	static Map<String, String> check(List<Question> questions, Map<String, String> answers) {
		Violations violations = new Violations();
		Map<String, String> kept = new LinkedHashMap<>();
		for (Question question : questions) {
			String answer = answers.get(question.key());
			answer = answer == null || answer.isBlank() ? null : answer.strip();
			if (answer == null) {
				if (question.required()) {
					violations.add(question.key(), "field.required");
				}
				continue;
			}
			if (answer.length() > MAX_ANSWER) {
				violations.add(question.key(), "field.tooLong", MAX_ANSWER);
			}
			else if (Question.CHOICE.equals(question.type()) && !question.choices().contains(answer)) {
				violations.add(question.key(), "campaign.notAChoice");
			}
			else {
				kept.put(question.key(), answer);
			}
		}
		violations.throwIfAny();
		return kept;
	}

	private void observe(MemberRow member, MemberStatus status, String origin) {
		Instant now = clock.instant();
		Funnel.Step step = Funnel.observe(member.stages(), status, now);
		if (step.changed()) {
			members.observe(member, step.stages(),
					new dev.clientele.marketing.MemberEvent(status, now, now, origin, null, null), null);
		}
	}

	record Form(Campaign campaign, boolean answered) {
	}

}
