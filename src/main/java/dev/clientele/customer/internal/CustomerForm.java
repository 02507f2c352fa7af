package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.CustomValue;

/**
 * The create and edit form of a customer. Only the fields listed in {@link #BINDABLE} are bound
 * from a request; custom field values come from the {@code cf.<key>} parameters.
 */
class CustomerForm {

	static final String[] BINDABLE = { "kind", "name", "phones[*].number", "phones[*].label", "emails[*].address",
			"emails[*].label", "province", "city", "district", "address", "industry", "level", "source", "status",
			"ownerId", "tags", "notes", "version", "reason" };

	/** Paths a violation may name that the form shows at a field (custom fields are checked separately). */
	static final List<String> FIELD_PATHS = Arrays.asList("kind", "name", "phones", "emails", "province", "city",
			"district", "address", "industry", "level", "source", "status", "ownerId", "tags", "notes");

	static final String CUSTOM_PREFIX = "cf.";

	private String kind = "company";

	private String name;

	private List<Row> phones = new ArrayList<>();

	private List<Row> emails = new ArrayList<>();

	private String province;

	private String city;

	private String district;

	private String address;

	private String industry;

	private String level;

	private String source;

	private String status;

	private String ownerId;

	private String tags;

	private String notes;

	private Integer version;

	private String reason;

	private Map<String, List<String>> customValues = new LinkedHashMap<>();

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

	static CustomerForm of(Customer customer) {
		CustomerProfile p = customer.profile();
		CustomerForm form = new CustomerForm();
		form.kind = p.kind().key();
		form.name = p.name();
		p.phones().forEach(phone -> form.phones.add(new Row(phone.number(), phone.label())));
		p.emails().forEach(email -> form.emails.add(new Row(email.address(), email.label())));
		form.province = p.province();
		form.city = p.city();
		form.district = p.district();
		form.address = p.address();
		form.industry = p.industry();
		form.level = p.level();
		form.source = p.source();
		form.status = p.status();
		form.ownerId = p.ownerId().toString();
		form.tags = String.join(", ", p.tags());
		form.notes = p.notes();
		form.version = customer.version();
		p.customFields().forEach((key, value) -> form.customValues.put(key, texts(value)));
		return form;
	}

	static List<String> texts(CustomValue value) {
		if (value instanceof CustomValue.Choices choices) {
			return choices.values();
		}
		return List.of(String.valueOf(value.json()));
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
	 * The façade's input. Blank phone and email rows are dropped first, so that violation paths
	 * like {@code phones[1].number} point at the rows as shown again.
	 *
	 * @param kept values of archived fields, carried over unchanged
	 */
	CustomerInput toInput(List<CustomField> fields, Map<String, Object> kept) {
		phones.removeIf(Row::blank);
		emails.removeIf(Row::blank);
		Map<String, Object> custom = new LinkedHashMap<>(kept);
		for (CustomField field : fields) {
			Object raw = raw(field, customValues.getOrDefault(field.key(), List.of()));
			if (raw != null) {
				custom.put(field.key(), raw);
			}
		}
		List<String> tagList = tags == null ? List.of()
				: Arrays.stream(tags.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
		return new CustomerInput(kind, name, phones.stream().map(r -> new PhoneInput(r.value, r.label)).toList(),
				emails.stream().map(r -> new EmailInput(r.value, r.label)).toList(), province, city, district, address,
				industry, level, source, status, ownerId, tagList, notes, custom);
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

	/** Blank rows to type new phones and emails into: one more than filled in, at least two. */
	CustomerForm withBlankRows() {
		pad(phones);
		pad(emails);
		return this;
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

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public List<Row> getPhones() { return phones; }
	public void setPhones(List<Row> phones) { this.phones = phones; }
	public List<Row> getEmails() { return emails; }
	public void setEmails(List<Row> emails) { this.emails = emails; }
	public String getProvince() { return province; }
	public void setProvince(String province) { this.province = province; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
	public String getDistrict() { return district; }
	public void setDistrict(String district) { this.district = district; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getIndustry() { return industry; }
	public void setIndustry(String industry) { this.industry = industry; }
	public String getLevel() { return level; }
	public void setLevel(String level) { this.level = level; }
	public String getSource() { return source; }
	public void setSource(String source) { this.source = source; }
	public String getStatus() { return status; }
	public void setStatus(String status) { this.status = status; }
	public String getOwnerId() { return ownerId; }
	public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
	public String getTags() { return tags; }
	public void setTags(String tags) { this.tags = tags; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }

}
