package dev.clientele.marketing.internal;

import java.time.Clock;
import java.time.Instant;

import dev.clientele.consent.ConsentWithdrawn;
import dev.clientele.marketing.MemberEvent;
import dev.clientele.marketing.MemberStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A member who unsubscribed through a campaign's link is marked unsubscribed in that campaign. */
@Component
class ConsentFollower {

	private final MemberRepository members;

	private final Clock clock;

	ConsentFollower(MemberRepository members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (event.campaignId() == null) {
			return;
		}
		members.find(event.campaignId(), event.customerId()).flatMap(member -> members.lock(member.id())).ifPresent(member -> {
			Instant now = clock.instant();
			Funnel.Step step = Funnel.observe(member.stages(), MemberStatus.UNSUBSCRIBED, now);
			if (step.changed()) {
				members.observe(member, step.stages(),
						new MemberEvent(MemberStatus.UNSUBSCRIBED, now, now, "consent", null, event.source()), null);
			}
		});
	}

}
