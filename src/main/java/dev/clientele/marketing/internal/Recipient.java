package dev.clientele.marketing.internal;

import java.util.List;
import java.util.UUID;

import dev.clientele.customer.Contact;
import dev.clientele.customer.CustomerManagement.Reachable;
import dev.clientele.customer.Email;
import dev.clientele.customer.Phone;
import dev.clientele.marketing.Channel;

/**
 * Whom a campaign reaches for a customer, and where: the customer's own first address for the
 * channel, else (for a company) that of its first contact that has one, primary contacts first.
 *
 * @param contactId the contact reached, {@code null} for the customer itself
 * @param address the email address (email), the E.164 number (SMS, phone), or {@code null}
 */
record Recipient(UUID contactId, String address) {

	/** The recipient, or {@code null} when the channel needs an address the customer lacks. */
	static Recipient of(Channel channel, Reachable reachable) {
		switch (channel) {
			case EMAIL -> {
				String own = firstEmail(reachable.customer().profile().emails());
				if (own != null) {
					return new Recipient(null, own);
				}
				for (Contact contact : reachable.contacts()) {
					String address = firstEmail(contact.profile().emails());
					if (address != null) {
						return new Recipient(contact.id(), address);
					}
				}
				return null;
			}
			case SMS, PHONE -> {
				String own = firstPhone(reachable.customer().profile().phones());
				if (own != null) {
					return new Recipient(null, own);
				}
				for (Contact contact : reachable.contacts()) {
					String number = firstPhone(contact.profile().phones());
					if (number != null) {
						return new Recipient(contact.id(), number);
					}
				}
				return new Recipient(null, null);
			}
			default -> {
				List<Contact> contacts = reachable.contacts();
				return new Recipient(contacts.isEmpty() ? null : contacts.get(0).id(), null);
			}
		}
	}

	private static String firstEmail(List<Email> emails) {
		return emails.isEmpty() ? null : emails.get(0).address();
	}

	private static String firstPhone(List<Phone> phones) {
		return phones.stream().map(Phone::e164).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

}
