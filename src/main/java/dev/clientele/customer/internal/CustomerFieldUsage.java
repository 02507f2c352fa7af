package dev.clientele.customer.internal;

import dev.clientele.customfield.CustomFieldUsage;
import dev.clientele.customfield.FieldEntity;
import org.springframework.stereotype.Component;

/** Tells the custom field module whether customers or contacts hold values of a field. */
@Component
class CustomerFieldUsage implements CustomFieldUsage {

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	CustomerFieldUsage(CustomerRepository customers, ContactRepository contacts) {
		this.customers = customers;
		this.contacts = contacts;
	}

	@Override
	public boolean isInUse(FieldEntity entity, String key) {
		return entity == FieldEntity.CUSTOMER ? customers.anyCustomValue(key) : contacts.anyCustomValue(key);
	}

}
