package dev.clientele.consent.internal;

import dev.clientele.consent.ConsentStatus;

/** Which consent applies to a recipient. */
final class ConsentRules {

	private ConsentRules() {
	}

	/**
	 * A contact's own consent if it has one, otherwise its customer's: a company's consent covers
	 * its contacts until a contact says otherwise. A customer's own consent applies to itself.
	 *
	 * @return the status that applies, or {@code null} if none was ever recorded (which never permits)
	 */
	static ConsentStatus applicable(ConsentStatus own, ConsentStatus customers, boolean contact) {
		if (own != null || !contact) {
			return own;
		}
		return customers;
	}

}
