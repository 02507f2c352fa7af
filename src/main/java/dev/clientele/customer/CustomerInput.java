package dev.clientele.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a client may write of a customer, unchecked. The façade validates and normalises
 * it into a {@link CustomerProfile} or reports every bad field.
 *
 * @param ownerId the owning user's id; blank means the acting user on create
 * @param customFields raw custom field values by key (strings, numbers, booleans, lists)
 */
public record CustomerInput(String kind, String name, List<PhoneInput> phones, List<EmailInput> emails,
		String province, String city, String district, String address, String industry, String level,
		String source, String status, String ownerId, List<String> tags, String notes,
		Map<String, Object> customFields) {

	public CustomerInput {
		phones = phones == null ? List.of() : List.copyOf(phones);
		emails = emails == null ? List.of() : List.copyOf(emails);
		tags = tags == null ? List.of() : List.copyOf(tags);
		customFields = customFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
	}

	/** The input that would write a profile unchanged. */
	public static CustomerInput of(CustomerProfile profile) {
		Map<String, Object> custom = new LinkedHashMap<>();
		profile.customFields().forEach((key, value) -> custom.put(key, value.json()));
		return new CustomerInput(profile.kind().key(), profile.name(),
				profile.phones().stream().map(p -> new PhoneInput(p.number(), p.label())).toList(),
				profile.emails().stream().map(e -> new EmailInput(e.address(), e.label())).toList(), profile.province(),
				profile.city(), profile.district(), profile.address(), profile.industry(), profile.level(),
				profile.source(), profile.status(), profile.ownerId().toString(), profile.tags(), profile.notes(), custom);
	}

}
