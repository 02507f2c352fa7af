package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.customer.Email;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.Phone;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.CustomValue;

/**
 * What the customer and contact forms share: phone and email rows, custom values read from the
 * {@code cf.<key>} parameters, and the version and reason of an edit.
 */
abstract class RecordForm {

	static final String CUSTOM_PREFIX = "cf.";

	private List<Row> phones = new ArrayList<>();

	private List<Row> emails = new ArrayList<>();

	private Integer version;

	private String reason;

	private final Map<String, List<String>> customValues = new LinkedHashMap<>();

	/** A phone (number, label) or email (address, label) row. */
	static class Row {

		private String value;

		private String label;

		Row() {
		}

		Row(String value, String label) {
			this.value = value;
			this.label = label;
		}

		public String getNumber() {
			return value;
		}

		public void setNumber(String number) {
			this.value = number;
		}

		public String getAddress() {
			return value;
		}

		public void setAddress(String address) {
			this.value = address;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		boolean blank() {
			return (value == null || value.isBlank()) && (label == null || label.isBlank());
		}

	}

	/** Fills the shared part from a stored record. */
	void fill(List<Phone> phones, List<Email> emails, Map<String, CustomValue> values, int version) {
		phones.forEach(phone -> this.phones.add(new Row(phone.number(), phone.label())));
		emails.forEach(email -> this.emails.add(new Row(email.address(), email.label())));
		values.forEach((key, value) -> customValues.put(key, texts(value)));
		this.version = version;
	}

	/** Reads the {@code cf.<key>} parameters of the given (active) fields. */
	void readCustomValues(List<CustomField> fields, Map<String, String[]> parameters) {
		customValues.clear();
		for (CustomField field : fields) {
			String[] values = parameters.get(CUSTOM_PREFIX + field.key());
			if (values != null) {
				customValues.put(field.key(), List.of(values));
			}
		}
	}

	/**
	 * Drops blank phone and email rows, so that violation paths like {@code phones[1].number}
	 * point at the rows as shown again.
	 */
	void dropBlankRows() {
		phones.removeIf(Row::blank);
		emails.removeIf(Row::blank);
	}

	List<PhoneInput> phoneInputs() {
		return phones.stream().map(r -> new PhoneInput(r.value, r.label)).toList();
	}

	List<EmailInput> emailInputs() {
		return emails.stream().map(r -> new EmailInput(r.value, r.label)).toList();
	}

	/** The custom values as the façade takes them; {@code kept} (archived fields' values) carried over. */
	Map<String, Object> customInput(List<CustomField> fields, Map<String, Object> kept) {
		Map<String, Object> custom = new LinkedHashMap<>(kept);
		for (CustomField field : fields) {
			Object raw = raw(field, customValues.getOrDefault(field.key(), List.of()));
			if (raw != null) {
				custom.put(field.key(), raw);
			}
		}
		return custom;
	}

	/** Blank rows to type new phones and emails into: one more than filled in, at least two. */
	void padRows() {
		pad(phones);
		pad(emails);
	}

	/** Values of archived fields: kept as they are, since the form no longer offers them. */
	static Map<String, Object> archivedValues(List<CustomField> allFields, Map<String, CustomValue> stored) {
		Map<String, Object> kept = new LinkedHashMap<>();
		allFields.stream().filter(CustomField::archived).forEach(field -> {
			if (stored.containsKey(field.key())) {
				kept.put(field.key(), stored.get(field.key()).json());
			}
		});
		return kept;
	}

	static List<String> texts(CustomValue value) {
		if (value instanceof CustomValue.Choices choices) {
			return choices.values();
		}
		return List.of(String.valueOf(value.json()));
	}

	/** A checkbox sends {@code true} when ticked and nothing otherwise; unticked is false only where required. */
	static Object raw(CustomField field, List<String> values) {
		if (field.type() == CustomFieldType.BOOLEAN) {
			return values.contains("true") ? Boolean.TRUE : field.required() ? Boolean.FALSE : null;
		}
		if (field.type() == CustomFieldType.MULTI_SELECT) {
			List<String> chosen = values.stream().filter(v -> !v.isBlank()).toList();
			return chosen.isEmpty() ? null : chosen;
		}
		return values.isEmpty() ? null : values.get(0);
	}

	private static void pad(List<Row> rows) {
		int size = Math.max(rows.size() + 1, 2);
		while (rows.size() < size) {
			rows.add(new Row());
		}
	}

	public boolean chosen(String key, String value) {
		return customValues.getOrDefault(key, List.of()).contains(value);
	}

	public String value(String key) {
		List<String> values = customValues.getOrDefault(key, List.of());
		return values.isEmpty() ? "" : values.get(0);
	}

	// getters and setters for binding and templates

	public List<Row> getPhones() { return phones; }
	public void setPhones(List<Row> phones) { this.phones = phones; }
	public List<Row> getEmails() { return emails; }
	public void setEmails(List<Row> emails) { this.emails = emails; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }

}
