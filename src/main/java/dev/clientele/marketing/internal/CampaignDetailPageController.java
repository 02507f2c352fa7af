package dev.clientele.marketing.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.CampaignMember;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.segment.Segment;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violation;
import dev.clientele.shared.WriteContext;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A campaign's page: its details and counts, the buttons its status allows, its members (a page at
 * a time, more loaded by htmx), and the forms that log outcomes one by one or from a CSV file.
 */
@PageController
class CampaignDetailPageController {

	static final int PAGE = 50;

	private final CampaignManagement campaigns;

	private final SegmentManagement segments;

	private final UserManagement users;

	private final AccessManagement access;

	private final MessageSource messages;

	CampaignDetailPageController(CampaignManagement campaigns, SegmentManagement segments, UserManagement users,
			AccessManagement access, MessageSource messages) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.users = users;
		this.access = access;
		this.messages = messages;
	}

	@RequiresPermission(Permission.CAMPAIGN_READ)
	@GetMapping("/campaigns/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, Model model) {
		return show(campaign(id), new View(status, cursor, OutcomeForm.blank(), FormErrors.none(), List.of(), List.of()),
				model);
	}

	/** The next rows of the members table, with the button that loads the ones after (htmx). */
	@RequiresPermission(Permission.CAMPAIGN_READ)
	@GetMapping("/campaigns/{id}/members")
	String members(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, Model model) {
		Campaign campaign = campaign(id);
		members(campaign, status, cursor, model);
		return "campaigns/show :: members";
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}/start")
	String start(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		try {
			Campaign started = campaigns.start(campaign.id(), context());
			return Flash.redirect(redirect, "/campaigns/" + started.id(),
					started.status() == CampaignStatus.SCHEDULED ? "flash.campaignScheduled" : "flash.campaignStarted",
					started.name());
		}
		catch (InvalidInputException ex) {
			return show(campaign, new View(null, null, OutcomeForm.blank(), FormErrors.none(), List.of(),
					listed(ex, locale)), model);
		}
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}/pause")
	String pause(@PathVariable String id, RedirectAttributes redirect) {
		Campaign paused = campaigns.pause(campaign(id).id(), context());
		return Flash.redirect(redirect, "/campaigns/" + paused.id(), "flash.campaignPaused", paused.name());
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}/resume")
	String resume(@PathVariable String id, RedirectAttributes redirect) {
		Campaign resumed = campaigns.resume(campaign(id).id(), context());
		return Flash.redirect(redirect, "/campaigns/" + resumed.id(), "flash.campaignResumed", resumed.name());
	}

	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}/finish")
	String finish(@PathVariable String id, RedirectAttributes redirect) {
		Campaign finished = campaigns.finish(campaign(id).id(), context());
		return Flash.redirect(redirect, "/campaigns/" + finished.id(), "flash.campaignFinished", finished.name());
	}

	/** Logs one member's outcome from the page's small form. */
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}/outcomes")
	String logOutcome(@PathVariable String id, @ModelAttribute OutcomeForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		try {
			OutcomeForm.Outcome outcome = form.read();
			var logged = campaigns.logOutcome(campaign.id(), outcome.customerId(), outcome.status(), outcome.at(),
					outcome.note(), context());
			return Flash.redirect(redirect, "/campaigns/" + campaign.id(), "flash.outcomeLogged",
					logged.member().customerName());
		}
		catch (InvalidInputException ex) {
			return show(campaign, new View(null, null, form, FormErrors.of(ex.violations(), messages, locale), List.of(),
					List.of()), model);
		}
		catch (NotFoundException notAMember) {
			return show(campaign, new View(null, null, form, FormErrors.of(List.of(Violation.of("customerId",
					"campaign.notAMember")), messages, locale), List.of(), List.of()), model);
		}
	}

	/** Logs outcomes from an uploaded CSV file, all or nothing; each bad line is listed. */
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	@PostMapping("/campaigns/{id}/outcomes/file")
	String logOutcomes(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		Campaign campaign = campaign(id);
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "field.required");
			}
			int logged;
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				logged = campaigns.logOutcomes(campaign.id(), reader, context());
			}
			return Flash.redirect(redirect, "/campaigns/" + campaign.id(), "flash.outcomesLogged", String.valueOf(logged));
		}
		catch (InvalidInputException ex) {
			return show(campaign, new View(null, null, OutcomeForm.blank(), FormErrors.none(), listed(ex, locale),
					List.of()), model);
		}
	}

	private String show(Campaign campaign, View view, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("ownerName", campaign.ownerId() == null ? null
				: users.find(campaign.ownerId()).map(User::name).orElse(campaign.ownerId().toString()));
		model.addAttribute("segmentName", campaign.segmentId() == null ? null
				: segments.find(campaign.segmentId(), access.current()).map(Segment::name).orElse(campaign.segmentId().toString()));
		model.addAttribute("actions", actions(campaign.status()));
		model.addAttribute("started", campaign.status() != CampaignStatus.DRAFT && campaign.status() != CampaignStatus.SCHEDULED);
		model.addAttribute("memberStatuses", MemberStatus.values());
		model.addAttribute("loggable", MemberStatus.LOGGABLE);
		model.addAttribute("outcome", view.outcome());
		model.addAttribute("outcomeErrors", view.outcomeErrors());
		model.addAttribute("fileErrors", view.fileErrors());
		model.addAttribute("startErrors", view.startErrors());
		model.addAttribute("zone", CampaignForm.ZONE.getId());
		members(campaign, view.status(), view.cursor(), model);
		return "campaigns/show";
	}

	private void members(Campaign campaign, String status, String cursor, Model model) {
		MemberStatus wanted = status == null || status.isBlank() ? null : MemberStatus.fromJson(status).orElse(null);
		Slice<CampaignMember> page;
		try {
			page = campaigns.members(campaign.id(), wanted, PAGE, cursor == null || cursor.isBlank() ? null : cursor);
		}
		catch (InvalidInputException badCursor) {
			page = campaigns.members(campaign.id(), wanted, PAGE, null);
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("memberStatus", wanted == null ? "" : wanted.json());
		model.addAttribute("page", page);
		model.addAttribute("firstPage", cursor == null || cursor.isBlank());
	}

	/** The buttons a status allows, in the order shown. */
	static List<String> actions(CampaignStatus status) {
		return switch (status) {
			case DRAFT -> List.of("start");
			case SCHEDULED -> List.of("finish");
			case RUNNING -> List.of("pause", "finish");
			case PAUSED -> List.of("resume", "finish");
			case FINISHED -> List.of();
		};
	}

	/** Every violation as one line, its path first ("line 3: status: Must be one of …"). */
	private List<String> listed(InvalidInputException ex, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (Violation violation : ex.violations()) {
			String text = messages.getMessage(violation.code(), violation.args().toArray(), violation.code(), locale);
			lines.add(violation.path().isEmpty() ? text : violation.path() + ": " + text);
		}
		return lines;
	}

	private Campaign campaign(String id) {
		UUID campaignId = Ids.parse(id).orElseThrow(CampaignService::notFound);
		return campaigns.find(campaignId).orElseThrow(CampaignService::notFound);
	}

	private WriteContext context() {
		return new WriteContext(users.currentActor(), Source.UI);
	}

	/** What the page shows beside the campaign: the member filter and page, and a rejected form's errors. */
	private record View(String status, String cursor, OutcomeForm outcome, FormErrors outcomeErrors,
			List<String> fileErrors, List<String> startErrors) {
	}

}
