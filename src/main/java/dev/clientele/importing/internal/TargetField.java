package dev.clientele.importing.internal;

import java.util.List;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;

/**
 * A customer field that a column can be mapped to.
 *
 * @param name the field's name as the customer JSON and field permissions know it
 * ({@code name}, {@code contact.phones}, {@code customFields.<key>} ...)
 * @param multiValued whether several columns may feed it (phones, emails, tags, multi-select)
 */
record TargetField(String name, boolean multiValued) {

	static final TargetField NAME = single("name");

	static final TargetField KIND = single("kind");

	static final TargetField PHONES = multi("phones");

	static final TargetField EMAILS = multi("emails");

	static final TargetField PROVINCE = single("province");

	static final TargetField CITY = single("city");

	static final TargetField DISTRICT = single("district");

	static final TargetField ADDRESS = single("address");

	static final TargetField INDUSTRY = single("industry");

	static final TargetField LEVEL = single("level");

	static final TargetField SOURCE = single("source");

	static final TargetField STATUS = single("status");

	static final TargetField OWNER = single("owner");

	static final TargetField NOTES = single("notes");

	static final TargetField TAGS = multi("tags");

	static final TargetField CONTACT_NAME = single("contact.name");

	static final TargetField CONTACT_PHONES = multi("contact.phones");

	static final TargetField CONTACT_EMAILS = multi("contact.emails");

	static final TargetField CONTACT_TITLE = single("contact.title");

	static final List<TargetField> STANDARD = List.of(NAME, KIND, PHONES, EMAILS, PROVINCE, CITY, DISTRICT, ADDRESS,
			INDUSTRY, LEVEL, SOURCE, STATUS, OWNER, NOTES, TAGS, CONTACT_NAME, CONTACT_PHONES, CONTACT_EMAILS,
			CONTACT_TITLE);

	static TargetField custom(CustomField field) {
		return new TargetField("customFields." + field.key(), field.type() == CustomFieldType.MULTI_SELECT);
	}

	private static TargetField single(String name) {
		return new TargetField(name, false);
	}

	private static TargetField multi(String name) {
		return new TargetField(name, true);
	}

}
