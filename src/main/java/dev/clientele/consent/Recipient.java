package dev.clientele.consent;

import java.util.Objects;
import java.util.UUID;

/** Someone a campaign would contact: a customer, or one of its contacts. */
public record Recipient(UUID customerId, UUID contactId) {

	public Recipient {
		Objects.requireNonNull(customerId, "customerId");
	}

	/** The id consents are kept under: the contact's, or the customer's own. */
	public UUID subjectId() {
		return contactId != null ? contactId : customerId;
	}

}
