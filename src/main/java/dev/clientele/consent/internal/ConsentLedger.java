package dev.clientele.consent.internal;


import dev.clientele.consent.Consent;
import dev.clientele.consent.ConsentChanged;
import dev.clientele.consent.ConsentRecord;
import dev.clientele.consent.ConsentStatus;
import dev.clientele.consent.ConsentWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one consent record: appends it to the history, puts it in force unless a later one is,
 * and announces it, all in one transaction (so the audit entry commits with it).
 */
@Component
class ConsentLedger {

	private final ConsentRepository consents;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	ConsentLedger(ConsentRepository consents, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.consents = consents;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** @return the consent in force for the record's subject and channel afterwards */
	Consent write(ConsentRecord record) {
		return transaction.execute(status -> {
			consents.append(record);
			boolean inForce = consents.putInForce(record);
			events.publishEvent(new ConsentChanged(record.id(), record.customerId(), record.contactId(), record.channel(),
					record.status(), inForce, record.recordedBy()));
			if (inForce && record.status() == ConsentStatus.WITHDRAWN) {
				events.publishEvent(new ConsentWithdrawn(record.customerId(), record.contactId(), record.channel(),
						record.source(), record.campaignId()));
			}
			return consents.inForce(record.customerId(), record.contactId(), record.channel()).orElseThrow();
		});
	}


}
