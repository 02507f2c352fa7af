package dev.clientele.segment.internal;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.MatchCount;
import dev.clientele.filter.FilterParser;
import dev.clientele.segment.CreateSegment;
import dev.clientele.segment.Segment;
import dev.clientele.segment.SegmentKind;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.segment.UpdateSegment;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Slice;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The segment pages: the list with counts, the form with a live count, a segment with its members. */
@PageController
class SegmentPageController {

	private static final List<String> FORM_FIELDS = List.of("name", "description", "kind", "filter");

	private final SegmentManagement segments;

	private final CustomerManagement customers;

	private final MessageSource messages;

	SegmentPageController(SegmentManagement segments, CustomerManagement customers, MessageSource messages) {
		this.segments = segments;
		this.customers = customers;
		this.messages = messages;
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/segments")
	String list(Model model, Locale locale) {
		Map<Segment, String> counts = new LinkedHashMap<>();
		for (Segment segment : segments.list()) {
			counts.put(segment, countText(() -> segments.count(segment.id()), locale));
		}
		model.addAttribute("segments", counts);
		return "segments/list";
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@GetMapping("/segments/new")
	String newForm(Model model) {
		return form(model, null, SegmentForm.empty(), FormErrors.none());
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PostMapping("/segments")
	String create(@ModelAttribute SegmentForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			SegmentKind kind = SegmentKind.fromKey(form.kind()).orElse(null);
			Segment created = segments.create(new CreateSegment(form.name(), form.description(), kind, form.filter()));
			return Flash.redirect(redirect, "/segments/" + created.id(), "flash.segmentSaved", created.name());
		}
		catch (InvalidInputException ex) {
			return form(model, null, form, FormErrors.of(ex.violations(), messages, locale));
		}
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/segments/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String cursor, Model model, Locale locale) {
		Segment segment = segments.get(SegmentApiController.id(id));
		model.addAttribute("segment", segment);
		model.addAttribute("cursor", cursor);
		try {
			model.addAttribute("page", segments.members(segment.id(), null, CustomerQuery.DEFAULT_LIMIT,
					cursor == null || cursor.isBlank() ? null : cursor));
			model.addAttribute("total", countText(() -> segments.count(segment.id()), locale));
			model.addAttribute("problems", List.of());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new Slice<Customer>(List.of(), null));
			model.addAttribute("problems", FormErrors.of(ex.violations(), messages, locale).within("filter"));
		}
		return "segments/show";
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@GetMapping("/segments/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Segment segment = segments.get(SegmentApiController.id(id));
		return form(model, segment, SegmentForm.of(segment), FormErrors.none());
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PostMapping("/segments/{id}")
	String update(@PathVariable String id, @ModelAttribute SegmentForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		Segment segment = segments.get(SegmentApiController.id(id));
		try {
			Segment saved = segments.update(new UpdateSegment(segment.id(), form.name(), form.description(),
					segment.snapshot() ? segment.filter() : form.filter()));
			return Flash.redirect(redirect, "/segments/" + saved.id(), "flash.segmentSaved", saved.name());
		}
		catch (InvalidInputException ex) {
			return form(model, segment, form, FormErrors.of(ex.violations(), messages, locale));
		}
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PostMapping("/segments/{id}/delete")
	String archive(@PathVariable String id, RedirectAttributes redirect) {
		Segment segment = segments.get(SegmentApiController.id(id));
		segments.archive(segment.id());
		return Flash.redirect(redirect, "/segments", "flash.segmentArchived", segment.name());
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PostMapping("/segments/{id}/snapshots")
	String snapshot(@PathVariable String id, RedirectAttributes redirect) {
		UUID segmentId = SegmentApiController.id(id);
		segments.get(segmentId);
		Segment snapshot = segments.snapshot(segmentId, null);
		return Flash.redirect(redirect, "/segments/" + snapshot.id(), "flash.segmentSnapshotTaken", snapshot.name());
	}

	/** The live count of the form's filter (htmx), or its errors at the filter field. */
	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/segments/count")
	String count(@RequestParam(required = false) String filter, Model model, Locale locale) {
		try {
			CustomerQuery query = new CustomerQuery(null, FilterParser.parse(filter, "filter"), null,
					CustomerQuery.DEFAULT_LIMIT, null, false);
			model.addAttribute("count", text(customers.count(query), locale));
			model.addAttribute("errors", List.of());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex.violations(), messages, locale).within("filter"));
		}
		catch (ForbiddenException ex) {
			model.addAttribute("errors", List.of(messages.getMessage(ex.code(), null, ex.code(), locale) + " "
					+ String.join(", ", ex.fields())));
		}
		return "segments/count :: count";
	}

	private String form(Model model, Segment segment, SegmentForm form, FormErrors errors) {
		model.addAttribute("segment", segment);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(path -> FORM_FIELDS.contains(path) || path.startsWith("filter.")
				|| path.startsWith("filter[")));
		return "segments/form";
	}

	private String countText(java.util.function.Supplier<MatchCount> count, Locale locale) {
		try {
			return text(count.get(), locale);
		}
		catch (InvalidInputException | ForbiddenException ex) {
			return "—";
		}
	}

	private static String text(MatchCount count, Locale locale) {
		String number = NumberFormat.getIntegerInstance(locale).format(count.count());
		return count.exact() ? number : number + "+";
	}

}
