package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;

/**
 * How a loaded row updates the customer it matches: each non-blank value of the row replaces the
 * stored one, blanks leave the stored value alone, and phones, emails and tags the customer does
 * not have yet are added after its own (a file never takes a number away).
 */
final class LoadMerge {

	private LoadMerge() {
	}

	static CustomerInput merge(CustomerProfile stored, CustomerInput row) {
		CustomerInput base = CustomerInput.of(stored);
		Map<String, Object> custom = new LinkedHashMap<>(base.customFields());
		row.customFields().forEach((key, value) -> {
			if (value != null && !(value instanceof String text && text.isBlank())) {
				custom.put(key, value);
			}
		});
		return new CustomerInput(pick(row.kind(), base.kind()), pick(row.name(), base.name()),
				phones(base.phones(), row.phones()), emails(base.emails(), row.emails()),
				pick(row.province(), base.province()), pick(row.city(), base.city()),
				pick(row.district(), base.district()), pick(row.address(), base.address()),
				pick(row.industry(), base.industry()), pick(row.level(), base.level()),
				pick(row.source(), base.source()), pick(row.status(), base.status()),
				pick(row.ownerId(), base.ownerId()), tags(base.tags(), row.tags()), pick(row.notes(), base.notes()),
				custom);
	}

	private static String pick(String row, String stored) {
		return row == null || row.isBlank() ? stored : row;
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

}
