package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.clientele.customer.CustomerProfile;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.CustomValue;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.springframework.stereotype.Component;

/** Custom fields marked unique: no two live customers hold the same value. */
@Component
class UniqueValues {

	private final CustomFieldManagement customFields;

	private final CustomerRepository customers;

	UniqueValues(CustomFieldManagement customFields, CustomerRepository customers) {
		this.customFields = customFields;
		this.customers = customers;
	}

	/** The keys of the unique customer fields. */
	Set<String> keys() {
		return customFields.fields(FieldEntity.CUSTOMER, true)
			.stream()
			.filter(CustomField::unique)
			.map(CustomField::key)
			.collect(Collectors.toSet());
	}

	/** @throws InvalidInputException naming each unique field whose value another customer holds */
	void check(CustomerProfile profile, Set<String> uniqueKeys, UUID self) {
		List<Violation> violations = new ArrayList<>();
		for (Map.Entry<String, CustomValue> entry : profile.customFields().entrySet()) {
			if (uniqueKeys.contains(entry.getKey())
					&& customers.holderOfUniqueValue(entry.getKey(), entry.getValue(), self).isPresent()) {
				violations.add(Violation.of("customFields." + entry.getKey(), "customField.notUnique"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

}
