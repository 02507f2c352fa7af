package dev.clientele.consent.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * The payloads of consent links, signed by {@link SignedTokens}: ids only, never an address.
 * Unsubscribe links never expire (RFC 8058 clients may use them long after the message came);
 * opt-in confirmations do after {@link #OPT_IN_VALIDITY}.
 */
@Component
class ConsentTokens {

	static final String UNSUBSCRIBE = "unsubscribe";

	static final String OPT_IN = "consent-confirm";

	static final Duration OPT_IN_VALIDITY = Duration.ofDays(30);

	private static final String NONE = "-";

	private final SignedTokens tokens;

	ConsentTokens(SignedTokens tokens) {
		this.tokens = tokens;
	}

	record Unsubscribe(UUID customerId, UUID contactId, UUID campaignId) {
	}

	record OptIn(UUID customerId, UUID contactId, Instant issuedAt) {
	}

	String unsubscribe(UUID customerId, UUID contactId, UUID campaignId) {
		return tokens.sign(UNSUBSCRIBE, "u1:" + customerId + ":" + id(contactId) + ":" + id(campaignId));
	}

	Optional<Unsubscribe> unsubscribe(String token) {
		return tokens.verify(UNSUBSCRIBE, token).flatMap(payload -> {
			String[] parts = payload.split(":", -1);
			if (parts.length != 4 || !parts[0].equals("u1")) {
				return Optional.empty();
			}
			return Optional.of(new Unsubscribe(UUID.fromString(parts[1]), uuid(parts[2]), uuid(parts[3])));
		});
	}

	String optIn(UUID customerId, UUID contactId, Instant issuedAt) {
		return tokens.sign(OPT_IN, "c1:" + customerId + ":" + id(contactId) + ":" + issuedAt.getEpochSecond());
	}

	/** The confirmation's subject, if the token is valid and was issued less than {@link #OPT_IN_VALIDITY} before {@code now}. */
	Optional<OptIn> optIn(String token, Instant now) {
		return tokens.verify(OPT_IN, token).flatMap(payload -> {
			String[] parts = payload.split(":", -1);
			if (parts.length != 4 || !parts[0].equals("c1")) {
				return Optional.empty();
			}
			Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[3]));
			if (issued.plus(OPT_IN_VALIDITY).isBefore(now)) {
				return Optional.empty();
			}
			return Optional.of(new OptIn(UUID.fromString(parts[1]), uuid(parts[2]), issued));
		});
	}

	private static String id(UUID id) {
		return id == null ? NONE : id.toString();
	}

	private static UUID uuid(String text) {
		return text.equals(NONE) ? null : UUID.fromString(text);
	}

}
