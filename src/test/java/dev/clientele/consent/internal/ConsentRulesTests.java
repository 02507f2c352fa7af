package dev.clientele.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.consent.ConsentStatus;
import org.junit.jupiter.api.Test;

class ConsentRulesTests {

	@Test
	void aContactsOwnConsentWinsOverItsCustomers() {
		assertThat(ConsentRules.applicable(ConsentStatus.WITHDRAWN, ConsentStatus.GRANTED, true))
			.isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(ConsentRules.applicable(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN, true))
			.isEqualTo(ConsentStatus.GRANTED);
	}

	@Test
	void aContactWithoutConsentFollowsItsCustomer() {
		assertThat(ConsentRules.applicable(null, ConsentStatus.GRANTED, true)).isEqualTo(ConsentStatus.GRANTED);
		assertThat(ConsentRules.applicable(null, null, true)).isNull();
	}

	@Test
	void aCustomerHasOnlyItsOwnConsent() {
		assertThat(ConsentRules.applicable(null, null, false)).isNull();
		assertThat(ConsentRules.applicable(ConsentStatus.PENDING, ConsentStatus.PENDING, false))
			.isEqualTo(ConsentStatus.PENDING);
	}

}
