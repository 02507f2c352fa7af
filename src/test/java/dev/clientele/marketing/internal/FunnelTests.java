package dev.clientele.marketing.internal;

import java.time.Instant;

import dev.clientele.marketing.MemberStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FunnelTests {

	static final Instant T1 = Instant.parse("2026-12-01T08:00:00Z");

	static final Instant T2 = Instant.parse("2026-12-02T08:00:00Z");

	static final Instant T3 = Instant.parse("2026-12-03T08:00:00Z");

	@Test
	void aClickImpliesTheMessageWasSentDeliveredAndOpenedAtThatTime() {
		Funnel.Step step = Funnel.observe(Funnel.Stages.targeted(), MemberStatus.CLICKED, T1);

		assertThat(step.changed()).isTrue();
		assertThat(step.stages().status()).isEqualTo(MemberStatus.CLICKED);
		assertThat(step.stages().reached()).containsEntry(MemberStatus.SENT, T1)
			.containsEntry(MemberStatus.DELIVERED, T1)
			.containsEntry(MemberStatus.OPENED, T1)
			.containsEntry(MemberStatus.CLICKED, T1)
			.doesNotContainKey(MemberStatus.RESPONDED);
	}

	@Test
	void anEarlierStageObservedLaterKeepsTheStatusAndTheFirstTimes() {
		Funnel.Stages clicked = Funnel.observe(sent(), MemberStatus.CLICKED, T2).stages();

		Funnel.Step open = Funnel.observe(clicked, MemberStatus.OPENED, T3);

		assertThat(open.stages().status()).isEqualTo(MemberStatus.CLICKED);
		assertThat(open.stages().at(MemberStatus.SENT)).isEqualTo(T1);
		assertThat(open.stages().at(MemberStatus.OPENED)).isEqualTo(T2);
		assertThat(open.changed()).isFalse();
	}

	@Test
	void openingTwiceChangesNothing() {
		Funnel.Stages opened = Funnel.observe(sent(), MemberStatus.OPENED, T2).stages();

		assertThat(Funnel.observe(opened, MemberStatus.OPENED, T3).changed()).isFalse();
	}

	@Test
	void anUnsubscribedMemberStaysUnsubscribedButLaterStagesAreStillRecorded() {
		Funnel.Stages unsubscribed = Funnel.observe(sent(), MemberStatus.UNSUBSCRIBED, T2).stages();

		Funnel.Step click = Funnel.observe(unsubscribed, MemberStatus.CLICKED, T3);

		assertThat(click.stages().status()).isEqualTo(MemberStatus.UNSUBSCRIBED);
		assertThat(click.stages().at(MemberStatus.CLICKED)).isEqualTo(T3);
	}

	@Test
	void aBounceAfterAnOpenDoesNotUndoTheOpen() {
		Funnel.Stages opened = Funnel.observe(sent(), MemberStatus.OPENED, T2).stages();

		Funnel.Step bounce = Funnel.observe(opened, MemberStatus.BOUNCED, T3);

		assertThat(bounce.stages().status()).isEqualTo(MemberStatus.OPENED);
		assertThat(bounce.stages().at(MemberStatus.BOUNCED)).isEqualTo(T3);
	}

	@Test
	void aBounceOfASentMessageMakesTheMemberBounced() {
		assertThat(Funnel.observe(sent(), MemberStatus.BOUNCED, T2).stages().status()).isEqualTo(MemberStatus.BOUNCED);
	}

	@Test
	void aMessageRefusedBeforeItLeftBouncesWithoutCountingAsSent() {
		Funnel.Stages claimed = Funnel.observe(Funnel.Stages.targeted(), MemberStatus.SENDING, T1).stages();

		Funnel.Step bounce = Funnel.observe(claimed, MemberStatus.BOUNCED, T2);

		assertThat(bounce.stages().status()).isEqualTo(MemberStatus.BOUNCED);
		assertThat(bounce.stages().reached()).containsOnlyKeys(MemberStatus.BOUNCED);
	}

	@Test
	void onlyATargetedMemberCanBeClaimedAndOnlyAClaimedOneBecomesUnknown() {
		Funnel.Stages claimed = Funnel.observe(Funnel.Stages.targeted(), MemberStatus.SENDING, T1).stages();

		assertThat(Funnel.observe(claimed, MemberStatus.UNKNOWN, T2).stages().status()).isEqualTo(MemberStatus.UNKNOWN);
		assertThatIllegalArgumentException().isThrownBy(() -> Funnel.observe(claimed, MemberStatus.SENDING, T2));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Funnel.observe(Funnel.Stages.targeted(), MemberStatus.UNKNOWN, T2));
	}

	@Test
	void anOpenOfAMessageWhoseFateWasUnknownShowsItWasSent() {
		Funnel.Stages claimed = Funnel.observe(Funnel.Stages.targeted(), MemberStatus.SENDING, T1).stages();
		Funnel.Stages unknown = Funnel.observe(claimed, MemberStatus.UNKNOWN, T2).stages();

		Funnel.Step open = Funnel.observe(unknown, MemberStatus.OPENED, T3);

		assertThat(open.stages().status()).isEqualTo(MemberStatus.OPENED);
		assertThat(open.stages().at(MemberStatus.SENT)).isEqualTo(T3);
	}

	private static Funnel.Stages sent() {
		return Funnel.observe(Funnel.Stages.targeted(), MemberStatus.SENT, T1).stages();
	}

}
