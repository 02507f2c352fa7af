package dev.clientele.customer.internal;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.MatchCount;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.web.FormErrors;
import dev.clientele.vocabulary.VocabularyManagement;
import dev.clientele.web.PageController;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer pages: the list with search, filters, sort and paging; a customer; the recycle bin. */
@PageController
class CustomerPageController {

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final CustomFieldManagement customFields;

	private final UserManagement users;

	private final MessageSource messages;

	private final VocabularyManagement vocabularies;

	CustomerPageController(CustomerManagement customers, ContactManagement contacts, CustomFieldManagement customFields,
			UserManagement users, MessageSource messages, VocabularyManagement vocabularies) {
		this.vocabularies = vocabularies;
		this.customers = customers;
		this.contacts = contacts;
		this.customFields = customFields;
		this.users = users;
		this.messages = messages;
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/customers")
	String list(@ModelAttribute("params") CustomerListParams params, Model model, Locale locale) {
		model.addAttribute("kinds", CustomerKind.values());
		model.addAttribute("sortable", CustomerListParams.SORTABLE);
		model.addAttribute("vocabularies", vocabularies.vocabularies());
		try {
			CustomerQuery query = params.query(false);
			model.addAttribute("page", customers.list(query));
			model.addAttribute("total", total(customers.count(query), locale));
			model.addAttribute("errors", FormErrors.none());
			model.addAttribute("otherErrors", List.of());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new Slice<Customer>(List.of(), null));
			FormErrors errors = FormErrors.of(ex.violations(), messages, locale);
			model.addAttribute("errors", errors);
			model.addAttribute("otherErrors", errors.elsewhere(
					path -> CustomerListParams.FORM_FIELDS.contains(path) || path.startsWith("filter.")));
		}
		return "customers/list";
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/recycle-bin")
	String recycleBin(@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page", customers.list(new CustomerQuery(null, null, null, CustomerQuery.DEFAULT_LIMIT,
				cursor == null || cursor.isBlank() ? null : cursor, true)));
		model.addAttribute("cursor", cursor);
		return "customers/recycle-bin";
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/customers/{id}")
	String show(@PathVariable String id, Model model) {
		Customer customer = customers.find(CustomerApiController.id(id)).orElseThrow(CustomerApiController::notFound);
		Map<String, String> labels = labels(customFields.fields(FieldEntity.CUSTOMER, true));
		model.addAttribute("customer", customer);
		model.addAttribute("customLabels", labels);
		model.addAttribute("vocabularies", vocabularies.vocabularies());
		model.addAttribute("contacts",
				customer.profile().kind() == CustomerKind.COMPANY ? contacts.listByCustomer(customer.id()) : List.of());
		return "customers/show";
	}

	@RequiresPermission(Permission.CUSTOMER_DELETE)
	@PostMapping("/customers/{id}/delete")
	String delete(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Customer deleted = customers.delete(CustomerApiController.id(id), context(reason));
		redirect.addFlashAttribute("flash", "flash.customerDeleted");
		redirect.addFlashAttribute("flashName", deleted.profile().name());
		return "redirect:/customers";
	}

	@RequiresPermission(Permission.CUSTOMER_DELETE)
	@PostMapping("/customers/{id}/restore")
	String restore(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		UUID customerId = CustomerApiController.id(id);
		if (customers.findIncludingDeleted(customerId).filter(Customer::deleted).isEmpty()) {
			throw new NotFoundException("Deleted customer");
		}
		Customer restored = customers.restore(customerId, context(reason));
		redirect.addFlashAttribute("flash", "flash.customerRestored");
		redirect.addFlashAttribute("flashName", restored.profile().name());
		return "redirect:/customers/" + restored.id();
	}

	private WriteContext context(String reason) {
		return new WriteContext(users.currentActor(), Source.UI, reason);
	}

	/** The count, or "10,000+" when counting stopped at the cap. */
	private static String total(MatchCount count, Locale locale) {
		String number = NumberFormat.getIntegerInstance(locale).format(count.count());
		return count.exact() ? number : number + "+";
	}

	static Map<String, String> labels(List<CustomField> fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		fields.forEach(field -> labels.put(field.key(), field.label()));
		return labels;
	}

}
