package dev.clientele.consent;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The façade of consent. Writes append to the history and update the consent in force in one
 * transaction, publish {@link ConsentChanged} (audited) and, for a withdrawal in force,
 * {@link ConsentWithdrawn}.
 *
 * <p>Which consent applies to a recipient: a contact's own consent on the channel if one was
 * recorded, otherwise its customer's; a customer's own. Only {@code granted} permits contact.
 */
public interface ConsentManagement {

	/**
	 * Records a grant or withdrawal; needs {@code consent:write}. The record becomes the consent in
	 * force unless one that happened later is already in force (a backdated record only joins the history).
	 *
	 * @return the consent in force for the subject and channel afterwards
	 * @throws dev.clientele.shared.NotFoundException if the customer is not live or outside the user's data scope
	 * @throws dev.clientele.shared.InvalidInputException naming {@code status}, {@code source}, {@code at}
	 * or {@code contactId} (not a live contact of the customer)
	 */
	Consent record(RecordConsent command);

	/**
	 * The customer's consents in force and their history; needs {@code customer:read}.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the customer is not live or outside the user's data scope
	 */
	CustomerConsents of(UUID customerId);

	/**
	 * Sends a double opt-in email to the first email address of the customer (or of its contact) with a
	 * signed confirmation link, and records {@code pending} once the message went out; needs
	 * {@code consent:write}. When email consent is already granted nothing is sent.
	 *
	 * @throws dev.clientele.shared.NotFoundException as {@link #of}
	 * @throws dev.clientele.shared.InvalidInputException naming {@code contactId}, or {@code email} when
	 * the subject has no email address
	 */
	OptInRequested requestOptIn(UUID customerId, UUID contactId);

	/**
	 * Confirms a double opt-in from its link: records {@code granted} with source {@code double-opt-in}
	 * (unless email consent is already granted). Needs no user: the signed token is the authority.
	 *
	 * @return the consent in force afterwards; empty for a token that is not valid or has expired
	 */
	Optional<Consent> confirmOptIn(String token);

	/**
	 * Withdraws email consent from an unsubscribe link, at once, with source {@code unsubscribe-link},
	 * and publishes {@link ConsentWithdrawn} with the link's campaign. Idempotent: a subject whose own
	 * email consent is already withdrawn gets no new record. Needs no user: the signed token is the authority.
	 *
	 * @return true if the token was valid (whether or not anything new was recorded); false records nothing
	 */
	boolean unsubscribe(String token);

	/** Whether a token is a valid, unexpired opt-in confirmation token (for the page that asks to confirm); records nothing. */
	boolean isOptInToken(String token);

	/** Whether a token is a valid unsubscribe token (for the page that asks to confirm); records nothing. */
	boolean isUnsubscribeToken(String token);

	/**
	 * Whether the recipient may be contacted on the channel now. Asks no permission (campaign jobs
	 * call it); answers only yes or no.
	 */
	boolean permits(UUID customerId, UUID contactId, Channel channel);

	/**
	 * The recipients among {@code recipients} that may be contacted on the channel now, as
	 * {@link #permits} decides, with one query per 1,000 recipients (100,000 recipients: 100 queries).
	 */
	Set<Recipient> permitted(Collection<Recipient> recipients, Channel channel);

	/** The signed token of an unsubscribe link for a recipient (contact may be {@code null}) and campaign (may be {@code null}). */
	String unsubscribeToken(UUID customerId, UUID contactId, UUID campaignId);

	/**
	 * The whole unsubscribe URL, {@code <CLIENTELE_PUBLIC_URL>/unsubscribe/<token>}: the target of the
	 * link in the message body and of the {@code List-Unsubscribe} header, to which mail clients POST
	 * {@code List-Unsubscribe=One-Click} (RFC 8058).
	 */
	String unsubscribeUrl(UUID customerId, UUID contactId, UUID campaignId);

}
