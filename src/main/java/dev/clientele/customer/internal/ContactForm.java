package dev.clientele.customer.internal;

import java.util.List;
import java.util.Map;

import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customfield.CustomField;

/** The add and edit form of a contact; binds only {@link #BINDABLE}, custom values from {@code cf.<key>}. */
class ContactForm extends RecordForm {

	static final String[] BINDABLE = { "name", "title", "phones[*].number", "phones[*].label", "emails[*].address",
			"emails[*].label", "primary", "notes", "version", "reason" };

	private String name;

	private String title;

	private boolean primary;

	private String notes;

	static ContactForm of(Contact contact) {
		ContactProfile p = contact.profile();
		ContactForm form = new ContactForm();
		form.name = p.name();
		form.title = p.title();
		form.primary = p.primary();
		form.notes = p.notes();
		form.fill(p.phones(), p.emails(), p.customFields(), contact.version());
		return form;
	}

	/** The façade's input; blank rows are dropped first so that violation paths match the rows shown again. */
	ContactInput toInput(List<CustomField> fields, Map<String, Object> kept) {
		dropBlankRows();
		return new ContactInput(name, title, phoneInputs(), emailInputs(), primary, notes, customInput(fields, kept));
	}

	ContactForm withBlankRows() {
		padRows();
		return this;
	}

	// getters and setters for binding and templates

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public boolean isPrimary() { return primary; }
	public void setPrimary(boolean primary) { this.primary = primary; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }

}
