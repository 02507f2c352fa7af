package dev.clientele.consent.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.consent.Channel;
import dev.clientele.consent.Consent;
import dev.clientele.consent.ConsentManagement;
import dev.clientele.consent.ConsentStatus;
import dev.clientele.consent.CustomerConsents;
import dev.clientele.consent.OptInRequested;
import dev.clientele.consent.RecordConsent;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A customer's consents card: the consent in force per subject and channel, the history, a form to
 * record a grant or withdrawal and one to send a double opt-in email. The card is a page of its own,
 * from which the customer page and htmx posts select {@code #consent-panel}.
 */
@PageController
class ConsentPageController {

	private final ConsentManagement consents;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final AccessManagement access;

	private final MessageSource messages;

	ConsentPageController(ConsentManagement consents, CustomerManagement customers, ContactManagement contacts,
			AccessManagement access, MessageSource messages) {
		this.consents = consents;
		this.customers = customers;
		this.contacts = contacts;
		this.access = access;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyConsentFields(WebDataBinder binder) {
		binder.setAllowedFields(ConsentForm.BINDABLE);
	}

	@GetMapping("/customers/{id}/consents")
	@RequiresPermission(Permission.CUSTOMER_READ)
	String panel(@PathVariable String id, Model model) {
		return panel(customer(id), new ConsentForm(), FormErrors.none(), null, model);
	}

	@PostMapping("/customers/{id}/consents")
	@RequiresPermission(Permission.CONSENT_WRITE)
	String record(@PathVariable String id, @ModelAttribute("form") ConsentForm form, Model model, Locale locale) {
		Customer customer = customer(id);
		try {
			consents.record(new RecordConsent(customer.id(), subject(form.getSubject()),
					Channel.fromKey(form.getChannel()).orElse(null), status(form.getStatus()), form.getSource(), null));
		}
		catch (InvalidInputException ex) {
			return panel(customer, form, FormErrors.of(ex.violations(), messages, locale), null, model);
		}
		return panel(customer, new ConsentForm(), FormErrors.none(), "consent.saved", model);
	}

	@PostMapping("/customers/{id}/consents/opt-in")
	@RequiresPermission(Permission.CONSENT_WRITE)
	String optIn(@PathVariable String id, @ModelAttribute("form") ConsentForm form, Model model, Locale locale) {
		Customer customer = customer(id);
		OptInRequested requested;
		try {
			requested = consents.requestOptIn(customer.id(), subject(form.getSubject()));
		}
		catch (InvalidInputException ex) {
			return panel(customer, form, FormErrors.of(ex.violations(), messages, locale), null, model);
		}
		String notice = requested.mail() == null ? "consent.optIn.alreadyGranted"
				: requested.mail().isAccepted() ? "consent.optIn.sent"
						: requested.mail().isPermanentFailure() ? "consent.emailRefused" : "consent.mailUnavailable";
		return panel(customer, new ConsentForm(), FormErrors.none(), notice, model);
	}

	/** One line of the card: a subject (the customer, or a contact) and its consent in force per channel key. */
	record Row(String subject, String name, Map<String, Consent> byChannel) {
	}

	private String panel(Customer customer, ConsentForm form, FormErrors errors, String notice, Model model) {
		CustomerConsents all = consents.of(customer.id());
		List<Row> rows = new ArrayList<>();
		rows.add(row("", customer.profile().name(), null, all));
		if (access.current().can(Permission.CONTACT_READ)) {
			for (Contact contact : contacts.listByCustomer(customer.id())) {
				rows.add(row(contact.id().toString(), contact.profile().name(), contact.id(), all));
			}
		}
		model.addAttribute("customer", customer);
		model.addAttribute("history", all.history());
		model.addAttribute("rows", rows);
		model.addAttribute("names", rows.stream().collect(HashMap<String, String>::new,
				(names, row) -> names.put(row.subject(), row.name()), Map::putAll));
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		model.addAttribute("canWrite", access.current().can(Permission.CONSENT_WRITE));
		return "consent/panel";
	}

	private static Row row(String subject, String name, UUID contactId, CustomerConsents all) {
		Map<String, Consent> byChannel = new LinkedHashMap<>();
		all.current()
			.stream()
			.filter(c -> Objects.equals(c.contactId(), contactId))
			.forEach(c -> byChannel.put(c.channel().key(), c));
		return new Row(subject, name, byChannel);
	}

	private static UUID subject(String subject) {
		if (subject == null || subject.isBlank()) {
			return null;
		}
		return Ids.parse(subject).orElseThrow(() -> InvalidInputException.of("contactId", "contact.notOfCustomer"));
	}

	private static ConsentStatus status(String status) {
		ConsentStatus parsed = ConsentStatus.fromKey(status).orElse(null);
		return parsed == ConsentStatus.PENDING ? null : parsed;
	}

	private Customer customer(String id) {
		return Ids.parse(id).flatMap(customers::find).orElseThrow(() -> new NotFoundException("Customer"));
	}

}
