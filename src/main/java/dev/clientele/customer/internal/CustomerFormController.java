package dev.clientele.customer.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.UpdateCustomer;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.web.FormErrors;
import dev.clientele.vocabulary.VocabularyManagement;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a customer: the form, its errors at their fields, post-redirect-get. */
@PageController
class CustomerFormController {

	private static final String VIEW = "customers/form";

	private final CustomerManagement customers;

	private final CustomFieldManagement customFields;

	private final UserManagement users;

	private final MessageSource messages;

	private final VocabularyManagement vocabularies;

	CustomerFormController(CustomerManagement customers, CustomFieldManagement customFields, UserManagement users,
			MessageSource messages, VocabularyManagement vocabularies) {
		this.vocabularies = vocabularies;
		this.customers = customers;
		this.customFields = customFields;
		this.users = users;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(CustomerForm.BINDABLE);
	}

	@GetMapping("/customers/new")
	@RequiresPermission(Permission.CUSTOMER_CREATE)
	String newCustomer(Model model) {
		CustomerForm form = new CustomerForm();
		form.setOwnerId(users.currentActor().toString());
		return show(form.withBlankRows(), null, FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CUSTOMER_CREATE)
	@PostMapping("/customers")
	String create(@ModelAttribute("form") CustomerForm form, HttpServletRequest request, Model model, Locale locale,
			RedirectAttributes redirect) {
		List<CustomField> fields = activeFields();
		form.readCustomValues(fields, request.getParameterMap());
		try {
			CustomerInput input = form.toInput(fields, Map.of());
			Customer created = customers.create(new CreateCustomer(input, context(form)));
			redirect.addFlashAttribute("flash", "flash.customerCreated");
			return "redirect:/customers/" + created.id();
		}
		catch (InvalidInputException ex) {
			return show(form.withBlankRows(), null, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@GetMapping("/customers/{id}/edit")
	@RequiresPermission(Permission.CUSTOMER_UPDATE)
	String edit(@PathVariable String id, Model model) {
		Customer customer = find(id);
		return show(CustomerForm.of(customer).withBlankRows(), customer, FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CUSTOMER_UPDATE)
	@PostMapping("/customers/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") CustomerForm form, HttpServletRequest request,
			Model model, Locale locale, RedirectAttributes redirect) {
		Customer current = find(id);
		List<CustomField> fields = activeFields();
		form.readCustomValues(fields, request.getParameterMap());
		try {
			CustomerInput input = form.toInput(fields, RecordForm.archivedValues(customFields.fields(FieldEntity.CUSTOMER, true), current.profile().customFields()));
			int version = form.getVersion() == null ? -1 : form.getVersion();
			customers.update(new UpdateCustomer(current.id(), version, input, context(form), true));
			redirect.addFlashAttribute("flash", "flash.customerSaved");
			return "redirect:/customers/" + current.id();
		}
		catch (InvalidInputException ex) {
			return show(form.withBlankRows(), current, FormErrors.of(ex.violations(), messages, locale), model);
		}
		catch (ConflictException ex) {
			return show(form.withBlankRows(), current, FormErrors.global(ex.code(), messages, locale), model);
		}
	}

	private String show(CustomerForm form, Customer customer, FormErrors errors, Model model) {
		List<CustomField> fields = activeFields();
		model.addAttribute("form", form);
		model.addAttribute("customer", customer);
		model.addAttribute("customFields", fields);
		model.addAttribute("vocabularies", vocabularies.vocabularies());
		model.addAttribute("users", users.activeUsers());
		model.addAttribute("kinds", CustomerKind.values());
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(path -> CustomerForm.FIELD_PATHS.contains(path)
				|| path.startsWith("phones[") || path.startsWith("emails[")
				|| fields.stream().anyMatch(f -> path.equals("customFields." + f.key()))));
		return VIEW;
	}

	private List<CustomField> activeFields() {
		return customFields.fields(FieldEntity.CUSTOMER, false);
	}

	private Customer find(String id) {
		return customers.find(CustomerApiController.id(id)).orElseThrow(CustomerApiController::notFound);
	}

	private WriteContext context(CustomerForm form) {
		return new WriteContext(users.currentActor(), Source.UI, form.getReason());
	}

}
