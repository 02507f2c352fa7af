package dev.clientele.consent.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.UserManagement;
import dev.clientele.consent.Channel;
import dev.clientele.consent.Consent;
import dev.clientele.consent.ConsentManagement;
import dev.clientele.consent.ConsentRecord;
import dev.clientele.consent.ConsentStatus;
import dev.clientele.consent.CustomerConsents;
import dev.clientele.consent.OptInRequested;
import dev.clientele.consent.RecordConsent;
import dev.clientele.consent.Recipient;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.mail.MailManagement;
import dev.clientele.mail.MailOutcome;
import dev.clientele.shared.Chunks;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.stereotype.Service;

/** The consent façade: permissions, data scope and input rules, then the ledger writes. */
@Service
class ConsentService implements ConsentManagement {

	static final String SOURCE_OPT_IN = "double-opt-in";

	static final String SOURCE_UNSUBSCRIBE = "unsubscribe-link";

	static final int MAX_SOURCE = 200;

	/** How far ahead of the server's clock a given time may be (clock skew). */
	static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	/** Recipients per query of {@link #permitted}. */
	static final int CHUNK = 1000;

	private final AccessManagement access;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final ConsentRepository consents;

	private final ConsentLedger ledger;

	private final ConsentTokens tokens;

	private final OptInMail optInMail;

	private final MailManagement mail;

	private final Clock clock;

	ConsentService(AccessManagement access, CustomerManagement customers, ContactManagement contacts,
			ConsentRepository consents, ConsentLedger ledger, ConsentTokens tokens, OptInMail optInMail,
			MailManagement mail, Clock clock) {
		this.access = access;
		this.customers = customers;
		this.contacts = contacts;
		this.consents = consents;
		this.ledger = ledger;
		this.tokens = tokens;
		this.optInMail = optInMail;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	public Consent record(RecordConsent command) {
		Access access = this.access.current();
		access.require(Permission.CONSENT_WRITE);
		requireVisible(command.customerId());
		Instant now = clock.instant();
		Violations violations = new Violations();
		if (command.channel() == null) {
			violations.add("channel", "consent.channelUnknown");
		}
		if (command.status() == null || command.status() == ConsentStatus.PENDING) {
			violations.add("status", "consent.statusInvalid");
		}
		if (command.source() == null || command.source().isBlank()) {
			violations.add("source", "field.required");
		}
		else if (command.source().strip().length() > MAX_SOURCE) {
			violations.add("source", "consent.sourceTooLong", MAX_SOURCE);
		}
		if (command.at() != null && command.at().isAfter(now.plus(FUTURE_TOLERANCE))) {
			violations.add("at", "consent.atInFuture");
		}
		violations.throwIfAny();
		requireContactOf(command.customerId(), command.contactId());
		return ledger.write(new ConsentRecord(Ids.newId(), command.customerId(), command.contactId(), command.channel(),
				command.status(), command.source().strip(), command.at() == null ? now : command.at(), now,
				access.userId(), null));
	}

	@Override
	public CustomerConsents of(UUID customerId) {
		access.current().require(Permission.CUSTOMER_READ);
		requireVisible(customerId);
		return new CustomerConsents(customerId, consents.inForce(customerId), consents.history(customerId));
	}

	@Override
	public OptInRequested requestOptIn(UUID customerId, UUID contactId) {
		Access access = this.access.current();
		access.require(Permission.CONSENT_WRITE);
		requireVisible(customerId);
		requireContactOf(customerId, contactId);
		Optional<Consent> before = consents.inForce(customerId, contactId, Channel.EMAIL);
		if (before.filter(c -> c.status() == ConsentStatus.GRANTED).isPresent()) {
			return new OptInRequested(before.get(), null);
		}
		String address = contacts.mailAddress(customerId, contactId)
			.orElseThrow(() -> InvalidInputException.of("email", "consent.noEmail"));
		Instant now = clock.instant();
		String link = mail.publicUrl() + "/consents/confirm/" + tokens.optIn(customerId, contactId, now);
		MailOutcome outcome = mail.send(optInMail.message(address, link, Ids.newId()));
		if (!outcome.isAccepted()) {
			return new OptInRequested(before.orElse(null), outcome);
		}
		Consent pending = ledger.write(new ConsentRecord(Ids.newId(), customerId, contactId, Channel.EMAIL,
				ConsentStatus.PENDING, SOURCE_OPT_IN, now, now, access.userId(), null));
		return new OptInRequested(pending, outcome);
	}

	@Override
	public Optional<Consent> confirmOptIn(String token) {
		Instant now = clock.instant();
		return tokens.optIn(token, now).map(optIn -> {
			Optional<Consent> current = consents.inForce(optIn.customerId(), optIn.contactId(), Channel.EMAIL);
			if (current.filter(c -> c.status() == ConsentStatus.GRANTED).isPresent()) {
				return current.get();
			}
			return ledger.write(new ConsentRecord(Ids.newId(), optIn.customerId(), optIn.contactId(), Channel.EMAIL,
					ConsentStatus.GRANTED, SOURCE_OPT_IN, now, now, UserManagement.SYSTEM_USER, null));
		});
	}

	@Override
	public boolean unsubscribe(String token) {
		Optional<ConsentTokens.Unsubscribe> link = tokens.unsubscribe(token);
		link.ifPresent(target -> {
			boolean withdrawn = consents.inForce(target.customerId(), target.contactId(), Channel.EMAIL)
				.filter(c -> c.status() == ConsentStatus.WITHDRAWN)
				.isPresent();
			if (!withdrawn) {
				Instant now = clock.instant();
				ledger.write(new ConsentRecord(Ids.newId(), target.customerId(), target.contactId(), Channel.EMAIL,
						ConsentStatus.WITHDRAWN, SOURCE_UNSUBSCRIBE, now, now, UserManagement.SYSTEM_USER,
						target.campaignId()));
			}
		});
		return link.isPresent();
	}

	@Override
	public boolean isOptInToken(String token) {
		return tokens.optIn(token, clock.instant()).isPresent();
	}

	@Override
	public boolean isUnsubscribeToken(String token) {
		return tokens.unsubscribe(token).isPresent();
	}

	@Override
	public boolean permits(UUID customerId, UUID contactId, Channel channel) {
		return !permitted(List.of(new Recipient(customerId, contactId)), channel).isEmpty();
	}

	@Override
	public Set<Recipient> permitted(Collection<Recipient> recipients, Channel channel) {
		Set<Recipient> permitted = new HashSet<>();
		List<Recipient> all = new ArrayList<>(recipients);
		for (List<Recipient> chunk : Chunks.of(all, CHUNK)) {
			Set<UUID> subjects = new HashSet<>();
			for (Recipient recipient : chunk) {
				subjects.add(recipient.customerId());
				subjects.add(recipient.subjectId());
			}
			Map<UUID, ConsentStatus> statuses = consents.statuses(subjects, channel);
			for (Recipient recipient : chunk) {
				if (ConsentRules.applicable(statuses.get(recipient.subjectId()), statuses.get(recipient.customerId()),
						recipient.contactId() != null) == ConsentStatus.GRANTED) {
					permitted.add(recipient);
				}
			}
		}
		return permitted;
	}

	@Override
	public String unsubscribeToken(UUID customerId, UUID contactId, UUID campaignId) {
		return tokens.unsubscribe(customerId, contactId, campaignId);
	}

	@Override
	public String unsubscribeUrl(UUID customerId, UUID contactId, UUID campaignId) {
		return mail.publicUrl() + "/unsubscribe/" + unsubscribeToken(customerId, contactId, campaignId);
	}

	/** @throws NotFoundException unless the customer is live and in the user's data scope */
	private void requireVisible(UUID customerId) {
		if (customers.visible(Set.of(customerId)).isEmpty()) {
			throw new NotFoundException("Customer");
		}
	}

	private void requireContactOf(UUID customerId, UUID contactId) {
		if (contactId != null && !customerId.equals(contacts.customersOf(Set.of(contactId)).get(contactId))) {
			throw InvalidInputException.of("contactId", "contact.notOfCustomer");
		}
	}

}
