package dev.clientele.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.clientele.shared.SignedTokens;
import org.junit.jupiter.api.Test;

class ConsentTokensTests {

	private final ConsentTokens tokens = new ConsentTokens(
			new SignedTokens("consent-tokens-test-key".getBytes(StandardCharsets.UTF_8)));

	private final UUID customer = UUID.randomUUID();

	private final UUID contact = UUID.randomUUID();

	private final UUID campaign = UUID.randomUUID();

	@Test
	void anUnsubscribeTokenCarriesItsRecipientAndCampaign() {
		assertThat(tokens.unsubscribe(tokens.unsubscribe(customer, contact, campaign)))
			.contains(new ConsentTokens.Unsubscribe(customer, contact, campaign));
		assertThat(tokens.unsubscribe(tokens.unsubscribe(customer, null, null)))
			.contains(new ConsentTokens.Unsubscribe(customer, null, null));
	}

	@Test
	void anOptInConfirmationExpiresAfterThirtyDays() {
		Instant issued = Instant.parse("2026-12-01T00:00:00Z");
		String token = tokens.optIn(customer, null, issued);

		assertThat(tokens.optIn(token, issued.plus(Duration.ofDays(29)))).isPresent();
		assertThat(tokens.optIn(token, issued.plus(Duration.ofDays(31)))).isEmpty();
	}

	@Test
	void theTwoKindsOfTokenAreNotInterchangeable() {
		Instant now = Instant.now();

		assertThat(tokens.unsubscribe(tokens.optIn(customer, null, now))).isEmpty();
		assertThat(tokens.optIn(tokens.unsubscribe(customer, null, null), now)).isEmpty();
	}

}
