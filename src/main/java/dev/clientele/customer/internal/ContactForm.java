package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomField;
import dev.clientele.customer.internal.CustomerForm.Row;

/** The add and edit form of a contact; binds only {@link #BINDABLE}, custom values from {@code cf.<key>}. */
class ContactForm {

	static final String[] BINDABLE = { "name", "title", "phones[*].number", "phones[*].label", "emails[*].address",
			"emails[*].label", "primary", "notes", "version", "reason" };

	private String name;

	private String title;

	private List<Row> phones = new ArrayList<>();

	private List<Row> emails = new ArrayList<>();

	private boolean primary;

	private String notes;

	private Integer version;

	private String reason;

	private final Map<String, List<String>> customValues = new LinkedHashMap<>();

	static ContactForm of(Contact contact) {
		ContactProfile p = contact.profile();
		ContactForm form = new ContactForm();
		form.name = p.name();
		form.title = p.title();
		p.phones().forEach(phone -> form.phones.add(new Row(phone.number(), phone.label())));
		p.emails().forEach(email -> form.emails.add(new Row(email.address(), email.label())));
		form.primary = p.primary();
		form.notes = p.notes();
		form.version = contact.version();
		p.customFields().forEach((key, value) -> form.customValues.put(key, CustomerForm.texts(value)));
		return form;
	}

	void readCustomValues(List<CustomField> fields, Map<String, String[]> parameters) {
		customValues.clear();
		for (CustomField field : fields) {
			String[] values = parameters.get(CustomerForm.CUSTOM_PREFIX + field.key());
			if (values != null) {
				customValues.put(field.key(), List.of(values));
			}
		}
	}

	/** The façade's input; blank rows are dropped first so that violation paths match the rows shown again. */
	ContactInput toInput(List<CustomField> fields, Map<String, Object> kept) {
		phones.removeIf(Row::blank);
		emails.removeIf(Row::blank);
		Map<String, Object> custom = new LinkedHashMap<>(kept);
		for (CustomField field : fields) {
			Object raw = CustomerForm.raw(field, customValues.getOrDefault(field.key(), List.of()));
			if (raw != null) {
				custom.put(field.key(), raw);
			}
		}
		return new ContactInput(name, title, phones.stream().map(r -> new PhoneInput(r.getNumber(), r.getLabel())).toList(),
				emails.stream().map(r -> new EmailInput(r.getAddress(), r.getLabel())).toList(), primary, notes, custom);
	}

	ContactForm withBlankRows() {
		for (List<Row> rows : List.of(phones, emails)) {
			int size = Math.max(rows.size() + 1, 2);
			while (rows.size() < size) {
				rows.add(new Row());
			}
		}
		return this;
	}

	public boolean chosen(String key, String value) {
		return customValues.getOrDefault(key, List.of()).contains(value);
	}

	public String value(String key) {
		List<String> values = customValues.getOrDefault(key, List.of());
		return values.isEmpty() ? "" : values.get(0);
	}

	// getters and setters for binding and templates

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public List<Row> getPhones() { return phones; }
	public void setPhones(List<Row> phones) { this.phones = phones; }
	public List<Row> getEmails() { return emails; }
	public void setEmails(List<Row> emails) { this.emails = emails; }
	public boolean isPrimary() { return primary; }
	public void setPrimary(boolean primary) { this.primary = primary; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }

}
