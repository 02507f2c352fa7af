package dev.clientele.marketing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignInput;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.Channel;
import dev.clientele.segment.Segment;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
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

/** The campaign list and the form that creates a campaign or changes one. */
@PageController
class CampaignPageController {

	/** The paths the form shows at a field; anything else is shown above the form. */
	private static final List<String> FORM_FIELDS = List.of("name", "goal", "channel", "startsAt", "endsAt", "budget",
			"currency", "ownerId", "segmentId", "customerIds", "attributionDays", "template.subject", "template.html",
			"template.text");

	private final CampaignManagement campaigns;

	private final SegmentManagement segments;

	private final UserManagement users;

	private final AccessManagement access;

	private final MessageSource messages;

	CampaignPageController(CampaignManagement campaigns, SegmentManagement segments, UserManagement users,
			AccessManagement access, MessageSource messages) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.users = users;
		this.access = access;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyCampaignFields(WebDataBinder binder) {
		binder.setAllowedFields(CampaignForm.BINDABLE);
	}

	@RequiresPermission(Permission.CAMPAIGN_READ)
	@GetMapping("/campaigns")
	String list(@RequestParam(required = false) String status, Model model) {
		CampaignStatus wanted = status == null || status.isBlank() ? null : statusOrNull(status);
		List<Campaign> found = campaigns.list(wanted);
		model.addAttribute("campaigns", found);
		model.addAttribute("owners", owners(found.stream().map(Campaign::ownerId).toList()));
		model.addAttribute("statuses", CampaignStatus.values());
		model.addAttribute("status", wanted == null ? "" : wanted.json());
		return "campaigns/list";
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@GetMapping("/campaigns/new")
	String newForm(Model model) {
		return form(model, null, CampaignForm.empty(), FormErrors.none());
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns")
	String create(@ModelAttribute("form") CampaignForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			Campaign created = campaigns.create(input(form, null), context());
			return Flash.redirect(redirect, "/campaigns/" + created.id(), "flash.campaignSaved", created.name());
		}
		catch (InvalidInputException ex) {
			return form(model, null, form.withBlankRows(), FormErrors.of(ex.violations(), messages, locale));
		}
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@GetMapping("/campaigns/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Campaign campaign = campaign(id);
		if (campaign.status() == CampaignStatus.FINISHED) {
			throw new ConflictException("campaign.finished", "A finished campaign cannot change.");
		}
		return form(model, campaign, CampaignForm.of(campaign), FormErrors.none());
	}

	/** Saves what the campaign's status lets change; a stale version shows the conflict above the form. */
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") CampaignForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		try {
			Campaign saved = campaigns.update(campaign.id(), input(form, campaign), form.getVersion(), context());
			return Flash.redirect(redirect, "/campaigns/" + saved.id(), "flash.campaignSaved", saved.name());
		}
		catch (InvalidInputException ex) {
			return form(model, campaign, form.withBlankRows(), FormErrors.of(ex.violations(), messages, locale));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(model, campaign, form.withBlankRows(), FormErrors.global(ex.code(), messages, locale));
		}
	}

	/**
	 * The input of the form, fixed fields taken from a started campaign; what the form cannot read
	 * is reported together with what the rules say of the rest.
	 */
	private static CampaignInput input(CampaignForm form, Campaign current) {
		Violations violations = new Violations();
		boolean started = current != null && current.status() != CampaignStatus.DRAFT;
		CampaignInput input = started ? form.toChangeOfStarted(current, violations) : form.toInput(violations);
		if (!violations.isEmpty()) {
			Violations rules = new Violations();
			CampaignRules.check(input, rules);
			rules.list()
				.stream()
				.filter(v -> violations.list().stream().noneMatch(seen -> seen.path().equals(v.path())))
				.forEach(v -> violations.add(v.path(), v.code(), v.args().toArray()));
		}
		violations.throwIfAny();
		return input;
	}

	private String form(Model model, Campaign campaign, CampaignForm form, FormErrors errors) {
		boolean fixed = campaign != null && campaign.status() != CampaignStatus.DRAFT;
		model.addAttribute("campaign", campaign);
		model.addAttribute("form", form);
		model.addAttribute("fixed", fixed);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(path -> FORM_FIELDS.contains(path) || path.startsWith("questions")));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("segments", segmentChoices(form));
		model.addAttribute("canListSegments", access.current().can(Permission.SEGMENT_READ));
		model.addAttribute("owners", users.activeUsers());
		model.addAttribute("placeholders", MessageTemplate.PLACEHOLDERS.stream().sorted().map(p -> "{{" + p + "}}").toList());
		model.addAttribute("zone", CampaignForm.ZONE.getId());
		return "campaigns/form";
	}

	/** The live segments the user may read, and the chosen one should it be gone from that list. */
	private List<SegmentChoice> segmentChoices(CampaignForm form) {
		List<SegmentChoice> choices = new ArrayList<>();
		if (access.current().can(Permission.SEGMENT_READ)) {
			for (Segment segment : segments.list()) {
				choices.add(new SegmentChoice(segment.id().toString(), segment.name()));
			}
		}
		String chosen = form.getSegmentId();
		if (chosen != null && !chosen.isBlank() && choices.stream().noneMatch(c -> c.id().equals(chosen))) {
			choices.add(new SegmentChoice(chosen, chosen));
		}
		return choices;
	}

	private Map<UUID, User> owners(List<UUID> ids) {
		return users.findAll(ids.stream().filter(java.util.Objects::nonNull).distinct().toList());
	}

	private Campaign campaign(String id) {
		return Ids.parse(id).flatMap(campaigns::find).orElseThrow(CampaignService::notFound);
	}

	private static CampaignStatus statusOrNull(String status) {
		try {
			return CampaignStatus.fromJson(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private WriteContext context() {
		return new WriteContext(users.currentActor(), Source.UI);
	}

	/** An option of the segment select. */
	record SegmentChoice(String id, String name) {
	}

}
