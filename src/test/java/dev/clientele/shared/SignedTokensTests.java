package dev.clientele.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SignedTokensTests {

	private final SignedTokens tokens = new SignedTokens("a-secret-key-of-some-length".getBytes(StandardCharsets.UTF_8));

	@Test
	void aSignedTokenGivesBackItsPayload() {
		String token = tokens.sign("unsubscribe", "c=1|k=2|m=3 ünïcode");

		assertThat(tokens.verify("unsubscribe", token)).contains("c=1|k=2|m=3 ünïcode");
	}

	@Test
	void tokensAreSafeInAUrlPath() {
		String token = tokens.sign("unsubscribe", "?/+=&#".repeat(20));

		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
	}

	@Test
	void aTokenWithAChangedPayloadIsRefused() {
		String token = tokens.sign("unsubscribe", "customer-1");
		String forged = SignedTokensTests.base64("customer-2") + token.substring(token.indexOf('.'));

		assertThat(tokens.verify("unsubscribe", forged)).isEmpty();
	}

	@Test
	void aTokenWithAChangedSignatureIsRefused() {
		String token = tokens.sign("unsubscribe", "customer-1");
		char last = token.charAt(token.length() - 1);
		String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

		assertThat(tokens.verify("unsubscribe", tampered)).isEmpty();
	}

	@Test
	void aTokenMadeForAnotherPurposeIsRefused() {
		String token = tokens.sign("consent-confirm", "customer-1");

		assertThat(tokens.verify("unsubscribe", token)).isEmpty();
	}

	@Test
	void aTokenSignedUnderAnotherKeyIsRefused() {
		SignedTokens other = new SignedTokens("another-secret-key-entirely".getBytes(StandardCharsets.UTF_8));

		assertThat(tokens.verify("unsubscribe", other.sign("unsubscribe", "customer-1"))).isEmpty();
	}

	@Test
	void malformedTokensAreRefusedWithoutAnError() {
		assertThat(tokens.verify("unsubscribe", null)).isEmpty();
		assertThat(tokens.verify("unsubscribe", "")).isEmpty();
		assertThat(tokens.verify("unsubscribe", "no-dot")).isEmpty();
		assertThat(tokens.verify("unsubscribe", "a.b.c")).isEmpty();
		assertThat(tokens.verify("unsubscribe", "!!!.???")).isEmpty();
		assertThat(tokens.verify("unsubscribe", "x".repeat(5000) + ".y")).isEmpty();
	}

	@Test
	void purposesAreShortLowerCaseNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> tokens.sign("Unsubscribe", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> tokens.sign("a\nb", "x"));
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignedTokens(new byte[8]));
	}

	private static String base64(String text) {
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
