package dev.clientele.customer.internal;

import java.util.Map;

import dev.clientele.customfield.CustomValue;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Violations;

/** Checks raw custom field values; {@code CustomFieldManagement::check} in the application. */
@FunctionalInterface
interface CustomFieldChecker {

	Map<String, CustomValue> check(FieldEntity entity, Map<String, Object> raw, Map<String, CustomValue> current,
			Violations violations);

}
