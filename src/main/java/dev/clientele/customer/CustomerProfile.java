package dev.clientele.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customfield.CustomValue;

/**
 * The validated, normalised content of a customer: what each version snapshots. Optional text
 * fields are {@code null} when empty.
 */
public record CustomerProfile(CustomerKind kind, String name, List<Phone> phones, List<Email> emails,
		String province, String city, String district, String address, String industry, String level,
		String source, String status, UUID ownerId, List<String> tags, String notes,
		Map<String, CustomValue> customFields) {

	public CustomerProfile {
		phones = List.copyOf(phones);
		emails = List.copyOf(emails);
		tags = List.copyOf(tags);
		customFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
	}

}
