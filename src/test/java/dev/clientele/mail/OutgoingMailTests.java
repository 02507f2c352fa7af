package dev.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OutgoingMailTests {

	@Test
	void headersWithLineBreaksAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("a@example.com", "Hi", null, "x", "<id@t>",
				Map.of("List-Unsubscribe", "<https://x>\r\nBcc: victim@example.com")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.com", "Hi\nBcc: v@example.com", null, "x", "<id@t>", Map.of()));
	}

	@Test
	void extraHeadersCannotReplaceTheMessagesOwn() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new OutgoingMail("a@example.com", "Hi", null, "x", "<id@t>", Map.of("Message-ID", "<other@t>")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.com", "Hi", null, "x", "<id@t>", Map.of("bcc", "v@example.com")));
	}

	@Test
	void aMessageNeedsABodyAndAnId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.com", "Hi", null, null, "<id@t>", Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("a@example.com", "Hi", null, "x", " ", Map.of()));
	}

	@Test
	void headersKeepTheirOrder() {
		java.util.LinkedHashMap<String, String> headers = new java.util.LinkedHashMap<>();
		headers.put("X-B", "1");
		headers.put("X-A", "2");

		assertThat(new OutgoingMail("a@example.com", "Hi", null, "x", "<id@t>", headers).headers().keySet())
			.containsExactly("X-B", "X-A");
	}

}
