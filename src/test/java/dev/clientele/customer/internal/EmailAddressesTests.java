package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTests {

	@Test
	void addressesAreStoredInLowerCaseWithoutSurroundingSpace() {
		assertThat(EmailAddresses.normalize("  Zhang.San@Example.COM ")).hasValue("zhang.san@example.com");
	}

	@Test
	void malformedAddressesAreRejected() {
		assertThat(EmailAddresses.normalize("zhang")).isEmpty();
		assertThat(EmailAddresses.normalize("zhang@")).isEmpty();
		assertThat(EmailAddresses.normalize("zhang@example")).isEmpty();
		assertThat(EmailAddresses.normalize("zhang..san@example.com")).isEmpty();
		assertThat(EmailAddresses.normalize("zhang san@example.com")).isEmpty();
	}

	@Test
	void internationalisedDomainsAreAccepted() {
		assertThat(EmailAddresses.normalize("info@例子.中国")).hasValue("info@例子.中国");
	}

}
