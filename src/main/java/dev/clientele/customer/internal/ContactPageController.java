package dev.clientele.customer.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CreateContact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.UpdateContact;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing and deleting the contacts of a company customer; each ends on the customer's page. */
@PageController
class ContactPageController {

	private static final String VIEW = "customers/contact-form";

	private final ContactManagement contacts;

	private final CustomerManagement customers;

	private final CustomFieldManagement customFields;

	private final UserManagement users;

	private final MessageSource messages;

	ContactPageController(ContactManagement contacts, CustomerManagement customers, CustomFieldManagement customFields,
			UserManagement users, MessageSource messages) {
		this.contacts = contacts;
		this.customers = customers;
		this.customFields = customFields;
		this.users = users;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(ContactForm.BINDABLE);
	}

	@GetMapping("/customers/{customerId}/contacts/new")
	@RequiresPermission(Permission.CONTACT_CREATE)
	String newContact(@PathVariable String customerId, Model model) {
		return show(new ContactForm().withBlankRows(), customer(customerId), null, FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CONTACT_CREATE)
	@PostMapping("/customers/{customerId}/contacts")
	String create(@PathVariable String customerId, @ModelAttribute("form") ContactForm form, HttpServletRequest request,
			Model model, Locale locale, RedirectAttributes redirect) {
		Customer customer = customer(customerId);
		List<CustomField> fields = activeFields();
		form.readCustomValues(fields, request.getParameterMap());
		try {
			ContactInput input = form.toInput(fields, Map.of());
			contacts.create(new CreateContact(customer.id(), input, context(form.getReason())));
			redirect.addFlashAttribute("flash", "flash.contactSaved");
			return "redirect:/customers/" + customer.id();
		}
		catch (InvalidInputException ex) {
			return show(form.withBlankRows(), customer, null, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@GetMapping("/contacts/{id}/edit")
	@RequiresPermission(Permission.CONTACT_UPDATE)
	String edit(@PathVariable String id, Model model) {
		Contact contact = contact(id);
		return show(ContactForm.of(contact).withBlankRows(), customer(contact.customerId().toString()), contact,
				FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CONTACT_UPDATE)
	@PostMapping("/contacts/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") ContactForm form, HttpServletRequest request,
			Model model, Locale locale, RedirectAttributes redirect) {
		Contact contact = contact(id);
		Customer customer = customer(contact.customerId().toString());
		List<CustomField> fields = activeFields();
		form.readCustomValues(fields, request.getParameterMap());
		try {
			ContactInput input = form.toInput(fields, RecordForm.archivedValues(customFields.fields(FieldEntity.CONTACT, true), contact.profile().customFields()));
			int version = form.getVersion() == null ? -1 : form.getVersion();
			contacts.update(new UpdateContact(contact.id(), version, input, context(form.getReason())));
			redirect.addFlashAttribute("flash", "flash.contactSaved");
			return "redirect:/customers/" + customer.id();
		}
		catch (InvalidInputException ex) {
			return show(form.withBlankRows(), customer, contact, FormErrors.of(ex.violations(), messages, locale), model);
		}
		catch (ConflictException ex) {
			return show(form.withBlankRows(), customer, contact, FormErrors.global(ex.code(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.CONTACT_DELETE)
	@PostMapping("/contacts/{id}/delete")
	String delete(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Contact deleted = contacts.delete(contact(id).id(), context(reason));
		redirect.addFlashAttribute("flash", "flash.contactDeleted");
		redirect.addFlashAttribute("flashName", deleted.profile().name());
		return "redirect:/customers/" + deleted.customerId();
	}

	private String show(ContactForm form, Customer customer, Contact contact, FormErrors errors, Model model) {
		List<CustomField> fields = activeFields();
		model.addAttribute("form", form);
		model.addAttribute("customer", customer);
		model.addAttribute("contact", contact);
		model.addAttribute("customFields", fields);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(path -> List.of("name", "title", "notes", "phones", "emails")
				.contains(path) || path.startsWith("phones[") || path.startsWith("emails[")
				|| fields.stream().anyMatch(f -> path.equals("customFields." + f.key()))));
		return VIEW;
	}

	private List<CustomField> activeFields() {
		return customFields.fields(FieldEntity.CONTACT, false);
	}

	private Customer customer(String id) {
		return customers.find(CustomerApiController.id(id)).orElseThrow(CustomerApiController::notFound);
	}

	private Contact contact(String id) {
		return Ids.parse(id).flatMap(contacts::find).orElseThrow(() -> new NotFoundException("Contact"));
	}

	private WriteContext context(String reason) {
		return new WriteContext(users.currentActor(), Source.UI, reason);
	}

}
