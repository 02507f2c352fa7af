package dev.clientele.history.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.RecordVersion;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.vocabulary.Vocabularies;
import dev.clientele.vocabulary.VocabularyManagement;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The history pages of a customer: its versions with diffs (also loaded into the customer page),
 * two versions compared, the customer as recorded at a chosen time, and restoring a version; and
 * the versions of a contact.
 */
@PageController
class HistoryPageController {

	private final HistoryReader history;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final CustomFieldManagement customFields;

	private final UserManagement users;

	private final MessageSource messages;

	private final VocabularyManagement vocabularies;

	HistoryPageController(HistoryReader history, CustomerManagement customers, ContactManagement contacts,
			CustomFieldManagement customFields, UserManagement users, MessageSource messages,
			VocabularyManagement vocabularies) {
		this.vocabularies = vocabularies;
		this.history = history;
		this.customers = customers;
		this.contacts = contacts;
		this.customFields = customFields;
		this.users = users;
		this.messages = messages;
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/customers/{id}/history")
	String versions(@PathVariable String id, @RequestParam(required = false) String field,
			@RequestParam(required = false) String actor, Model model, Locale locale) {
		Customer customer = customer(id);
		List<RecordVersion> all = history.customerVersions(id, VersionSelection.ALL);
		FieldTexts texts = texts(locale);
		FormErrors errors = FormErrors.none();
		UUID actorId = null;
		try {
			actorId = HistoryReader.actor(actor);
		}
		catch (InvalidInputException ex) {
			errors = FormErrors.of(ex.violations(), messages, locale);
		}
		VersionSelection selection = new VersionSelection(HistoryReader.field(field), actorId);
		model.addAttribute("customer", customer);
		model.addAttribute("versions", selection.apply(all).stream().map(v -> VersionView.of(v, texts)).toList());
		model.addAttribute("numbers", all.stream().map(RecordVersion::version).toList());
		model.addAttribute("fields", fieldOptions(VersionSelection.fields(all), texts));
		model.addAttribute("actors", VersionSelection.actors(all));
		model.addAttribute("field", selection.field());
		model.addAttribute("actor", actor);
		model.addAttribute("errors", errors);
		return "history/versions";
	}

	@RequiresPermission(Permission.CONTACT_READ)
	@GetMapping("/contacts/{id}/history")
	String contactVersions(@PathVariable String id, Model model, Locale locale) {
		Contact contact = Ids.parse(id).flatMap(contacts::find).orElseThrow(() -> new NotFoundException("Contact"));
		FieldTexts texts = texts(FieldEntity.CONTACT, locale);
		model.addAttribute("contact", contact);
		model.addAttribute("customer", customer(contact.customerId().toString()));
		model.addAttribute("versions",
				history.contactVersions(id).stream().map(v -> VersionView.of(v, texts)).toList());
		return "history/contact";
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/customers/{id}/history/compare")
	String compare(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model model,
			Locale locale) {
		HistoryReader.Comparison comparison = history.compare(id, from, to);
		model.addAttribute("customer", customer(id));
		model.addAttribute("from", comparison.from());
		model.addAttribute("to", comparison.to());
		model.addAttribute("changes", VersionView.changes(comparison.changes(), texts(locale)));
		return "history/compare";
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/customers/{id}/history/as-of")
	String asOf(@PathVariable String id, @RequestParam(required = false) String at, Model model, Locale locale) {
		model.addAttribute("customer", customer(id));
		model.addAttribute("at", at);
		model.addAttribute("errors", FormErrors.none());
		if (at == null || at.isBlank()) {
			return "history/as-of";
		}
		try {
			RecordVersion then = history.customerAsOf(id, instant(at));
			model.addAttribute("then", then);
			model.addAttribute("fields", snapshotFields(then.snapshot(), texts(locale)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex.violations(), messages, locale));
		}
		catch (NotFoundException ex) {
			model.addAttribute("notYet", true);
		}
		return "history/as-of";
	}

	@RequiresPermission(Permission.CUSTOMER_UPDATE)
	@PostMapping("/customers/{id}/versions/{version}/restore")
	String restore(@PathVariable String id, @PathVariable("version") int number, @RequestParam int currentVersion,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		Customer customer = customer(id);
		try {
			Customer restored = customers.restoreVersion(customer.id(), number, currentVersion, new WriteContext(
					users.currentActor(), Source.UI, reason == null || reason.isBlank() ? null : reason));
			return Flash.redirect(redirect, "/customers/" + restored.id(), "flash.versionRestored",
					String.valueOf(number));
		}
		catch (InvalidInputException ex) {
			// the old content breaks today's rules (a field now required, a value now taken ...)
			redirect.addFlashAttribute("restoreErrors",
					FormErrors.of(ex.violations(), messages, locale).elsewhere(path -> false));
			return "redirect:/customers/" + customer.id() + "/history";
		}
	}

	private Customer customer(String id) {
		return Ids.parse(id).flatMap(customers::find).orElseThrow(() -> new NotFoundException("Customer"));
	}

	private FieldTexts texts(Locale locale) {
		return texts(FieldEntity.CUSTOMER, locale);
	}

	private FieldTexts texts(FieldEntity entity, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		customFields.fields(entity, true).forEach(f -> labels.put(f.key(), f.label()));
		Vocabularies fieldVocabularies = entity == FieldEntity.CUSTOMER ? vocabularies.vocabularies()
				: new Vocabularies(List.of());
		return new FieldTexts(labels, userId -> users.find(userId).map(User::name).orElse(userId.toString()),
				fieldVocabularies, messages, locale);
	}

	private static Map<String, String> fieldOptions(Iterable<String> fields, FieldTexts texts) {
		Map<String, String> options = new LinkedHashMap<>();
		fields.forEach(field -> options.put(field, texts.label(field)));
		return options;
	}

	/** Each recorded field with its label and value, custom values one by one. */
	private static List<Map.Entry<String, String>> snapshotFields(String snapshot, FieldTexts texts) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		VersionDiff.JSON.readTree(snapshot).properties().forEach(entry -> {
			if (entry.getKey().equals("customFields")) {
				for (Map.Entry<String, JsonNode> custom : entry.getValue().properties()) {
					String name = "customFields." + custom.getKey();
					fields.add(Map.entry(texts.label(name), FieldTexts.display(custom.getValue())));
				}
			}
			else if (!entry.getKey().equals("deletedAt")) {
				fields.add(Map.entry(texts.label(entry.getKey()), texts.value(entry.getKey(), entry.getValue())));
			}
		});
		return fields;
	}

	/** An ISO instant, or a date and time as the form's picker sends it, in the server's time zone. */
	private static Instant instant(String text) {
		String trimmed = text.trim();
		try {
			return Instant.parse(trimmed);
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return LocalDateTime.parse(trimmed).atZone(ZoneId.systemDefault()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw InvalidInputException.of("at", "history.at");
			}
		}
	}

}
