package dev.clientele.customer.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customfield.CustomField;

/**
 * The create and edit form of a customer. Only the fields listed in {@link #BINDABLE} are bound
 * from a request; custom field values come from the {@code cf.<key>} parameters.
 */
class CustomerForm extends RecordForm {

	static final String[] BINDABLE = { "kind", "name", "phones[*].number", "phones[*].label", "emails[*].address",
			"emails[*].label", "province", "city", "district", "address", "industry", "level", "source", "status",
			"ownerId", "tags", "notes", "version", "reason" };

	/** Paths a violation may name that the form shows at a field (custom fields are checked separately). */
	static final List<String> FIELD_PATHS = Arrays.asList("kind", "name", "phones", "emails", "province", "city",
			"district", "address", "industry", "level", "source", "status", "ownerId", "tags", "notes");

	private String kind = "company";

	private String name;

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

	static CustomerForm of(Customer customer) {
		CustomerProfile p = customer.profile();
		CustomerForm form = new CustomerForm();
		form.kind = p.kind().key();
		form.name = p.name();
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
		form.fill(p.phones(), p.emails(), p.customFields(), customer.version());
		return form;
	}

	/**
	 * The façade's input. Blank phone and email rows are dropped first, so that violation paths
	 * like {@code phones[1].number} point at the rows as shown again.
	 *
	 * @param kept values of archived fields, carried over unchanged
	 */
	CustomerInput toInput(List<CustomField> fields, Map<String, Object> kept) {
		dropBlankRows();
		List<String> tagList = tags == null ? List.of()
				: Arrays.stream(tags.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
		return new CustomerInput(kind, name, phoneInputs(), emailInputs(), province, city, district, address, industry,
				level, source, status, ownerId, tagList, notes, customInput(fields, kept));
	}

	/** Blank rows to type new phones and emails into: one more than filled in, at least two. */
	CustomerForm withBlankRows() {
		padRows();
		return this;
	}

	// getters and setters for binding and templates

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
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

}
