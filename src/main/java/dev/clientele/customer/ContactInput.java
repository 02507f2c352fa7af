package dev.clientele.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a client may write of a contact, unchecked. */
public record ContactInput(String name, String title, List<PhoneInput> phones, List<EmailInput> emails,
		boolean primary, String notes, Map<String, Object> customFields) {

	public ContactInput {
		phones = phones == null ? List.of() : List.copyOf(phones);
		emails = emails == null ? List.of() : List.copyOf(emails);
		customFields = customFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
	}

	/** The input that would write a profile unchanged. */
	public static ContactInput of(ContactProfile profile) {
		Map<String, Object> custom = new LinkedHashMap<>();
		profile.customFields().forEach((key, value) -> custom.put(key, value.json()));
		return new ContactInput(profile.name(), profile.title(),
				profile.phones().stream().map(p -> new PhoneInput(p.number(), p.label())).toList(),
				profile.emails().stream().map(e -> new EmailInput(e.address(), e.label())).toList(), profile.primary(),
				profile.notes(), custom);
	}

}
