package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;

/**
 * How a loaded row updates the customer it matches, and the contact its contact matches: each
 * non-blank value of the row replaces the stored one, blanks leave the stored value alone, and
 * phones, emails and tags the record does not have yet are added after its own (a file never
 * takes a number away).
 */
final class LoadMerge {

	private LoadMerge() {
	}

	static CustomerInput merge(CustomerProfile stored, CustomerInput row) {
		CustomerInput base = CustomerInput.of(stored);
		Map<String, Object> custom = customFields(base.customFields(), row.customFields());
		return new CustomerInput(pick(row.kind(), base.kind()), pick(row.name(), base.name()),
				phones(base.phones(), row.phones()), emails(base.emails(), row.emails()),
				pick(row.province(), base.province()), pick(row.city(), base.city()),
				pick(row.district(), base.district()), pick(row.address(), base.address()),
				pick(row.industry(), base.industry()), pick(row.level(), base.level()),
				pick(row.source(), base.source()), pick(row.status(), base.status()),
				pick(row.ownerId(), base.ownerId()), tags(base.tags(), row.tags()), pick(row.notes(), base.notes()),
				custom);
	}

	/** The stored custom values with the row's non-blank ones over them. */
	private static Map<String, Object> customFields(Map<String, Object> stored, Map<String, Object> row) {
		Map<String, Object> custom = new LinkedHashMap<>(stored);
		row.forEach((key, value) -> {
			if (value != null && !(value instanceof String text && text.isBlank())) {
				custom.put(key, value);
			}
		});
		return custom;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String pick(String row, String stored) {
		return blank(row) ? stored : row;
	}

	private static List<PhoneInput> phones(List<PhoneInput> stored, List<PhoneInput> row) {
		List<PhoneInput> merged = new ArrayList<>(stored);
		Set<String> known = new HashSet<>();
		stored.forEach(p -> known.add(phoneKey(p.number())));
		for (PhoneInput phone : row) {
			if (phone.number() != null && !phone.number().isBlank() && known.add(phoneKey(phone.number()))) {
				merged.add(phone);
			}
		}
		return merged;
	}

	private static String phoneKey(String number) {
		return number == null ? "" : PhoneNumbers.e164(number).orElseGet(() -> PhoneNumbers.digits(number));
	}

	private static List<EmailInput> emails(List<EmailInput> stored, List<EmailInput> row) {
		List<EmailInput> merged = new ArrayList<>(stored);
		Set<String> known = new HashSet<>();
		stored.forEach(e -> known.add(emailKey(e.address())));
		for (EmailInput email : row) {
			if (email.address() != null && !email.address().isBlank() && known.add(emailKey(email.address()))) {
				merged.add(email);
			}
		}
		return merged;
	}

	private static String emailKey(String address) {
		return address == null ? "" : address.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static List<String> tags(List<String> stored, List<String> row) {
		List<String> merged = new ArrayList<>(stored);
		row.stream().filter(t -> t != null && !t.isBlank() && !merged.contains(t.strip())).map(String::strip).forEach(merged::add);
		return merged;
	}

	/**
	 * Whether a loaded contact is the stored one: the same name, or a phone or email in common. A
	 * row's contact without any of them is never the same.
	 */
	static boolean sameContact(ContactProfile stored, ContactInput row) {
		if (!blank(row.name()) && row.name().strip().equals(stored.name())) {
			return true;
		}
		Set<String> phones = new HashSet<>();
		stored.phones().forEach(p -> phones.add(phoneKey(p.number())));
		Set<String> emails = new HashSet<>();
		stored.emails().forEach(e -> emails.add(emailKey(e.address())));
		return row.phones().stream().anyMatch(p -> !blank(p.number()) && phones.contains(phoneKey(p.number())))
				|| row.emails().stream().anyMatch(e -> !blank(e.address()) && emails.contains(emailKey(e.address())));
	}

	/**
	 * How a loaded contact updates the stored one, as {@link #merge(CustomerProfile, CustomerInput)}
	 * does a customer; it stays primary unless the row makes it so.
	 */
	static ContactInput merge(ContactProfile stored, ContactInput row) {
		ContactInput base = ContactInput.of(stored);
		Map<String, Object> custom = customFields(base.customFields(), row.customFields());
		return new ContactInput(pick(row.name(), base.name()), pick(row.title(), base.title()),
				phones(base.phones(), row.phones()), emails(base.emails(), row.emails()), base.primary() || row.primary(),
				pick(row.notes(), base.notes()), custom);
	}

}
