package dev.clientele.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackoffTests {

	@Test
	void theWaitDoublesFromTenSecondsUpToAnHour() {
		assertThat(Backoff.delay(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(Backoff.delay(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(Backoff.delay(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(Backoff.delay(9)).isEqualTo(Duration.ofSeconds(2560));
		assertThat(Backoff.delay(10)).isEqualTo(Duration.ofHours(1));
		assertThat(Backoff.delay(500)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aDeliveryIsGivenUpTwentyFourHoursAfterItsFirstAttempt() {
		Instant first = Instant.parse("2026-03-01T08:00:00Z");

		assertThat(Backoff.givenUp(first, first.plus(Duration.ofHours(23)))).isFalse();
		assertThat(Backoff.givenUp(first, first.plus(Duration.ofHours(24)))).isTrue();
	}

}
