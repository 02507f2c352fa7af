package dev.clientele.timeline.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.CustomerFigures;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.TimelineEntry;
import dev.clientele.timeline.TimelineManagement;
import dev.clientele.web.Flash;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's timeline as pages: the panel the customer page loads (figures, filters, the entries
 * with infinite scroll, the quick forms), and the correction and void forms. The panel is a whole
 * page of its own, from which the customer page and htmx posts select {@code #timeline-panel}.
 */
@PageController
class TimelinePageController {

	/** The kinds the panel offers a quick form for, in this order. */
	static final List<String> QUICK_FORMS = List.of(BuiltInKinds.FOLLOW_UP, BuiltInKinds.ORDER, BuiltInKinds.PAYMENT);

	private final TimelineManagement timeline;

	private final CustomerManagement customers;

	private final AccessManagement access;

	private final UserManagement users;

	private final MessageSource messages;

	private final Clock clock;

	TimelinePageController(TimelineManagement timeline, CustomerManagement customers, AccessManagement access,
			UserManagement users, MessageSource messages, Clock clock) {
		this.timeline = timeline;
		this.customers = customers;
		this.access = access;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowOnlyEntryFields(WebDataBinder binder) {
		binder.setAllowedFields(EntryForm.BINDABLE);
	}

	@InitBinder("filter")
	void allowOnlyFilters(WebDataBinder binder) {
		binder.setAllowedFields("kind", "from", "to", "trail");
	}

	@GetMapping("/customers/{id}/timeline")
	@RequiresPermission(Permission.TIMELINE_READ)
	String panel(@PathVariable String id, @ModelAttribute("filter") TimelineFilter filter, Model model, Locale locale) {
		return panel(customer(id), filter, null, FormErrors.none(), model, locale);
	}

	/** A page of entries after {@code cursor}, for infinite scroll and the filters. */
	@GetMapping("/customers/{id}/timeline/entries")
	@RequiresPermission(Permission.TIMELINE_READ)
	String entries(@PathVariable String id, @ModelAttribute("filter") TimelineFilter filter,
			@RequestParam(required = false) String cursor, Model model, Locale locale) {
		entries(customer(id), filter, cursor, model, locale);
		model.addAttribute("fragment", true);
		return "timeline/panel :: entries";
	}

	/** Appends an entry from a quick form; htmx gets the panel again, a plain post the customer page. */
	@PostMapping("/customers/{id}/timeline")
	@RequiresPermission(Permission.TIMELINE_WRITE)
	String record(@PathVariable String id, @ModelAttribute("form") EntryForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			RedirectAttributes redirect) {
		Customer customer = customer(id);
		try {
			timeline.record(form.toCommand(customer.id(), null, null, context()));
		}
		catch (InvalidInputException ex) {
			return panel(customer, new TimelineFilter(), form, FormErrors.of(ex.violations(), messages, locale), model,
					locale);
		}
		if (htmx == null) {
			return Flash.redirect(redirect, "/customers/" + customer.id(), "flash.entryRecorded", name(customer));
		}
		model.addAttribute("saved", true);
		return panel(customer, new TimelineFilter(), null, FormErrors.none(), model, locale);
	}

	@GetMapping("/timeline/{entryId}/correct")
	@RequiresPermission(Permission.TIMELINE_WRITE)
	String correction(@PathVariable String entryId, Model model) {
		TimelineEntry entry = entry(entryId);
		if (!entry.current()) {
			throw Corrections.notCurrent(entry);
		}
		return correction(entry, EntryForm.of(entry), FormErrors.none(), model);
	}

	/** Appends the correction: a new entry of the same kind that supersedes this one. */
	@PostMapping("/timeline/{entryId}/correct")
	@RequiresPermission(Permission.TIMELINE_WRITE)
	String correct(@PathVariable String entryId, @ModelAttribute("form") EntryForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		TimelineEntry entry = entry(entryId);
		form.setKind(entry.kind());
		try {
			timeline.record(form.toCommand(entry.customerId(), entry.contactId(), entry.id(), context()));
		}
		catch (InvalidInputException ex) {
			return correction(entry, form, FormErrors.of(ex.violations(), messages, locale), model);
		}
		catch (ConflictException ex) {
			return correction(entry, form, FormErrors.global(ex.code(), messages, locale), model);
		}
		return Flash.redirect(redirect, "/customers/" + entry.customerId(), "flash.entryCorrected",
				name(customer(entry.customerId())));
	}

	@GetMapping("/timeline/{entryId}/void")
	@RequiresPermission(Permission.TIMELINE_WRITE)
	String voiding(@PathVariable String entryId, Model model) {
		return voiding(entry(entryId), null, FormErrors.none(), model);
	}

	@PostMapping("/timeline/{entryId}/void")
	@RequiresPermission(Permission.TIMELINE_WRITE)
	String voidEntry(@PathVariable String entryId, @RequestParam(required = false) String reason, Model model,
			Locale locale, RedirectAttributes redirect) {
		TimelineEntry entry = entry(entryId);
		try {
			timeline.voidEntry(entry.id(), reason, context());
		}
		catch (InvalidInputException ex) {
			return voiding(entry, reason, FormErrors.of(ex.violations(), messages, locale), model);
		}
		catch (ConflictException ex) {
			return voiding(entry, reason, FormErrors.global(ex.code(), messages, locale), model);
		}
		return Flash.redirect(redirect, "/customers/" + entry.customerId(), "flash.entryVoided",
				name(customer(entry.customerId())));
	}

	/**
	 * The panel with its quick forms blank, but for {@code failed}: the form that was posted, shown
	 * with its errors.
	 */
	private String panel(Customer customer, TimelineFilter filter, EntryForm failed, FormErrors errors, Model model,
			Locale locale) {
		Access current = access.current();
		Map<String, EntryForm> forms = new LinkedHashMap<>();
		for (String kind : QUICK_FORMS) {
			forms.put(kind, failed != null && kind.equals(failed.getKind()) ? failed : EntryForm.blank(kind, clock.instant()));
		}
		boolean money = current.field(TimelineAccessFields.AMOUNT).readable();
		if (!current.can(Permission.TIMELINE_WRITE)) {
			forms.clear();
		}
		else if (!money) {
			forms.keySet().retainAll(Set.of(BuiltInKinds.FOLLOW_UP));
		}
		CustomerFigures figures = timeline.figures(customer.id());
		model.addAttribute("customer", customer);
		model.addAttribute("figures", figures);
		model.addAttribute("followUpBy", figures.followUpBy() == null ? null
				: users.find(figures.followUpBy()).map(User::name).orElse(null));
		model.addAttribute("forms", forms);
		model.addAttribute("failedKind", failed == null ? null : failed.getKind());
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", FormErrors.none());
		model.addAttribute("otherErrors", failed == null || forms.containsKey(failed.getKind())
				? errors.elsewhere(TimelinePageController::shownInForm) : errors.elsewhere(path -> false));
		entries(customer, filter, null, model, locale);
		return "timeline/page";
	}

	private void entries(Customer customer, TimelineFilter filter, String cursor, Model model, Locale locale) {
		Access current = access.current();
		Map<String, EntryKind> byKey = new LinkedHashMap<>();
		timeline.kinds().forEach(kind -> byKey.put(kind.key(), kind));
		Slice<TimelineEntry> page;
		FormErrors filterErrors = FormErrors.none();
		try {
			page = timeline.timeline(filter.query(customer.id(), cursor));
		}
		catch (InvalidInputException ex) {
			page = new Slice<>(List.of(), null);
			filterErrors = FormErrors.of(ex.violations(), messages, locale);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("filterErrors", filterErrors);
		model.addAttribute("filterMessages", filterErrors.elsewhere(path -> false));
		model.addAttribute("first", cursor == null || cursor.isBlank());
		model.addAttribute("kinds", byKey);
		model.addAttribute("page", page);
		model.addAttribute("next", page.next() == null ? null : filter.next(customer.id(), page.next()));
		model.addAttribute("people", people(page.items(), locale));
		model.addAttribute("amountReadable", current.field(TimelineAccessFields.AMOUNT).readable());
		model.addAttribute("canWrite", current.can(Permission.TIMELINE_WRITE));
		model.addAttribute("canCorrect", current.can(Permission.TIMELINE_WRITE) && readsWhole(current));
	}

	private String correction(TimelineEntry entry, EntryForm form, FormErrors errors, Model model) {
		if (!readsWhole(access.current())) {
			throw ForbiddenException.unreadable(List.of(TimelineAccessFields.AMOUNT, TimelineAccessFields.BODY));
		}
		entryWithCustomer(entry, model);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(TimelinePageController::shownInForm));
		return "timeline/correct";
	}

	private String voiding(TimelineEntry entry, String reason, FormErrors errors, Model model) {
		entryWithCustomer(entry, model);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere("reason"::equals));
		return "timeline/void";
	}

	private void entryWithCustomer(TimelineEntry entry, Model model) {
		model.addAttribute("customer", customer(entry.customerId()));
		model.addAttribute("entry", entry);
		model.addAttribute("kind", timeline.kinds().stream().filter(k -> k.key().equals(entry.kind())).findFirst().orElseThrow());
	}

	/** Whether the user reads entries whole, amounts and notes: a correction copies the entry, so nothing may be hidden. */
	private static boolean readsWhole(Access access) {
		return access.field(TimelineAccessFields.AMOUNT).readable() && access.field(TimelineAccessFields.BODY).readable();
	}

	/** Whether a violation's path is shown at a field of an entry form. */
	static boolean shownInForm(String path) {
		return Set.of("occurredAt", "subject", "body", "amount", "currency", "status").contains(path)
				|| path.startsWith("attributes.");
	}

	/** The names of who recorded, corrected or voided the entries; a user that no longer exists is unknown. */
	private Map<UUID, String> people(List<TimelineEntry> entries, Locale locale) {
		Set<UUID> ids = new HashSet<>();
		for (TimelineEntry entry : entries) {
			ids.add(entry.actorId());
			if (entry.supersededActorId() != null) {
				ids.add(entry.supersededActorId());
			}
		}
		Map<UUID, User> found = users.findAll(ids);
		String unknown = messages.getMessage("timeline.unknownUser", null, locale);
		Map<UUID, String> names = new LinkedHashMap<>();
		ids.forEach(id -> names.put(id, found.containsKey(id) ? found.get(id).name() : unknown));
		return names;
	}

	private Customer customer(String id) {
		return customer(Ids.parse(id).orElseThrow(() -> new NotFoundException("Customer")));
	}

	private Customer customer(UUID id) {
		return customers.find(id).orElseThrow(() -> new NotFoundException("Customer"));
	}

	private TimelineEntry entry(String id) {
		return Ids.parse(id).flatMap(timeline::entry).orElseThrow(() -> new NotFoundException("Timeline entry"));
	}

	private static String name(Customer customer) {
		return customer.profile().name() == null ? "" : customer.profile().name();
	}

	private WriteContext context() {
		return new WriteContext(users.currentActor(), Source.UI);
	}

}
