package dev.clientele.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.customfield.CustomValue;

/** The validated, normalised content of a contact: what each of its versions snapshots. */
public record ContactProfile(String name, String title, List<Phone> phones, List<Email> emails, boolean primary,
		String notes, Map<String, CustomValue> customFields) {

	public ContactProfile {
		phones = List.copyOf(phones);
		emails = List.copyOf(emails);
		customFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
	}

}
