package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.access.FieldAccessContributor;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import org.springframework.stereotype.Component;

/** The customer and contact fields roles set access for: the standard ones and every customer custom field. */
@Component
class CustomerAccessFields implements FieldAccessContributor {

	static final List<String> CONTACT_FIELDS = List.of("name", "title", "phones", "emails", "notes");

	private final CustomFieldManagement customFields;

	CustomerAccessFields(CustomFieldManagement customFields) {
		this.customFields = customFields;
	}

	@Override
	public List<String> fields() {
		List<String> fields = new ArrayList<>(CustomerForm.FIELD_PATHS);
		CONTACT_FIELDS.forEach(field -> fields.add(FieldView.CONTACT + field));
		for (CustomField field : customFields.fields(FieldEntity.CUSTOMER, true)) {
			fields.add("customFields." + field.key());
		}
		return fields;
	}

}
