package dev.clientele.consent;

import java.util.List;
import java.util.UUID;

/**
 * A customer's consents: those in force per subject (the customer, its contacts) and channel, and
 * the whole history, newest first. A subject and channel without any record is absent from {@code current}.
 */
public record CustomerConsents(UUID customerId, List<Consent> current, List<ConsentRecord> history) {

	public CustomerConsents {
		current = List.copyOf(current);
		history = List.copyOf(history);
	}

}
