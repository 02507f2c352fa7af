package dev.clientele.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One message to one recipient. With both {@code text} and {@code html} it is sent as
 * {@code multipart/alternative}; with one of them as that part alone.
 *
 * @param to the recipient's address
 * @param messageId the whole Message-ID header value, e.g. {@code <member-42.campaign-7@clientele>}, set
 * verbatim, so that a resend of the same message is recognisable as such
 * @param headers extra headers in order, e.g. {@code List-Unsubscribe}; they may not replace the
 * headers the message is made of (From, To, Subject, Message-ID, Date, MIME and content headers)
 * @throws IllegalArgumentException for a missing recipient, subject, body or Message-ID, or line
 * breaks in any header (header injection)
 */
public record OutgoingMail(String to, String subject, String html, String text, String messageId,
		Map<String, String> headers) {

	private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id", "date",
			"mime-version", "content-type", "content-transfer-encoding", "sender", "reply-to");

	public OutgoingMail {
		requireHeaderValue("to", to);
		requireHeaderValue("subject", subject);
		requireHeaderValue("messageId", messageId);
		if (html == null && text == null) {
			throw new IllegalArgumentException("A message needs a text or an HTML body");
		}
		headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
		headers.forEach((name, value) -> {
			Objects.requireNonNull(name, "header name");
			if (!name.matches("[A-Za-z0-9-]{1,76}") || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("Not a header a caller may set: " + name);
			}
			requireHeaderValue(name, value);
		});
	}

	private static void requireHeaderValue(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException(name + " may not contain line breaks");
		}
	}

}
