package dev.clientele.marketing.internal;

import java.util.Optional;
import java.util.UUID;

import dev.clientele.mail.MailManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.SignedTokens;
import org.springframework.stereotype.Component;

/**
 * The signed links of a campaign message: the open pixel, each tracked link, and the response
 * form. A token names the member (and the link's position), never an address or a URL, so a
 * click can only lead where the campaign's own message pointed.
 */
@Component
class TrackingLinks {

	static final String OPEN = "campaign-open";

	static final String CLICK = "campaign-click";

	static final String RESPOND = "campaign-respond";

	private final SignedTokens tokens;

	private final MailManagement mail;

	TrackingLinks(SignedTokens tokens, MailManagement mail) {
		this.tokens = tokens;
		this.mail = mail;
	}

	String open(UUID memberId) {
		return mail.publicUrl() + "/t/o/" + tokens.sign(OPEN, memberId.toString());
	}

	String click(UUID memberId, int index) {
		return mail.publicUrl() + "/t/c/" + tokens.sign(CLICK, memberId + ":" + index);
	}

	String response(UUID memberId) {
		return mail.publicUrl() + "/r/" + tokens.sign(RESPOND, memberId.toString());
	}

	Optional<UUID> openedMember(String token) {
		return tokens.verify(OPEN, token).flatMap(Ids::parse);
	}

	Optional<UUID> respondingMember(String token) {
		return tokens.verify(RESPOND, token).flatMap(Ids::parse);
	}

	/** The member and the position of the link clicked. */
	Optional<Click> click(String token) {
		return tokens.verify(CLICK, token).flatMap(payload -> {
			int colon = payload.indexOf(':');
			if (colon < 0) {
				return Optional.empty();
			}
			try {
				int index = Integer.parseInt(payload.substring(colon + 1));
				return Ids.parse(payload.substring(0, colon)).map(id -> new Click(id, index));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		});
	}

	record Click(UUID memberId, int index) {
	}

}
