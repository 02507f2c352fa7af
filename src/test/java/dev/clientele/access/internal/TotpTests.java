package dev.clientele.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

	// RFC 6238 appendix B, SHA-1 seed, truncated to 6 digits
	static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void codesMatchTheRfcTestVectors() {
		assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, 20000000000L / 30)).isEqualTo("353130");
	}

	@Test
	void aCodeIsAcceptedInItsStepAndTheNeighbouringStepsOnly() {
		Instant now = Instant.ofEpochSecond(1234567890L);
		String code = Totp.code(RFC_SECRET, now.getEpochSecond() / 30);

		assertThat(Totp.verify(RFC_SECRET, code, now)).isTrue();
		assertThat(Totp.verify(RFC_SECRET, code, now.plusSeconds(30))).isTrue();
		assertThat(Totp.verify(RFC_SECRET, code, now.plusSeconds(90))).isFalse();
		assertThat(Totp.verify(RFC_SECRET, "12345", now)).isFalse();
		assertThat(Totp.verify(RFC_SECRET, null, now)).isFalse();
	}

	@Test
	void secretsRoundTripThroughBase32() {
		String secret = Totp.newSecret();

		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
		assertThat(Totp.uri("Clientele", "admin", secret)).startsWith("otpauth://totp/Clientele%3Aadmin?secret=" + secret);
	}

}
