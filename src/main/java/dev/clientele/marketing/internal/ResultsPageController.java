package dev.clientele.marketing.internal;

import java.util.List;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.CampaignResults;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.shared.Ids;
import dev.clientele.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page of a campaign, with charts and tables, and campaigns compared side by side. */
@PageController
class ResultsPageController {

	private final CampaignManagement campaigns;

	private final SegmentManagement segments;

	private final AccessManagement access;

	private final org.springframework.context.MessageSource messages;

	ResultsPageController(CampaignManagement campaigns, SegmentManagement segments, AccessManagement access,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.campaigns = campaigns;
		this.segments = segments;
		this.access = access;
	}

	@GetMapping("/campaigns/{id}/results")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	String results(@PathVariable String id, @RequestParam(name = "segment", required = false) List<String> segment,
			Model model) {
		UUID campaignId = Ids.parse(id).orElseThrow(CampaignService::notFound);
		List<UUID> chosen = ResultsApiController.ids(segment, "segment");
		CampaignResults results = campaigns.results(campaignId, chosen);
		model.addAttribute("campaign", campaigns.find(campaignId).orElseThrow(CampaignService::notFound));
		model.addAttribute("results", results);
		model.addAttribute("stages", stages(results.funnel()));
		model.addAttribute("funnelLabels", funnelLabels());
		model.addAttribute("resultsJson", CampaignRepository.JSON.writeValueAsString(results));
		model.addAttribute("segments", access.current().can(Permission.SEGMENT_READ) ? segments.list() : List.of());
		model.addAttribute("chosen", chosen);
		model.addAttribute("csvQuery", chosen.stream().map(s -> "segment=" + s).reduce((a, b) -> a + "&" + b).orElse(""));
		return "campaigns/results";
	}

	/** The funnel's stage names in the reader's language, for the charts. */
	private String funnelLabels() {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return java.util.stream.Stream.of("targeted", "sent", "delivered", "opened", "clicked", "responded", "converted")
			.map(stage -> messages.getMessage("campaigns.member." + stage, null, stage, locale))
			.collect(java.util.stream.Collectors.joining("|"));
	}

	private static java.util.Map<String, Long> stages(CampaignResults.Funnel f) {
		java.util.Map<String, Long> stages = new java.util.LinkedHashMap<>();
		stages.put("targeted", f.targeted());
		stages.put("sent", f.sent());
		stages.put("delivered", f.delivered());
		stages.put("opened", f.opened());
		stages.put("clicked", f.clicked());
		stages.put("responded", f.responded());
		stages.put("converted", f.converted());
		stages.put("bounced", f.bounced());
		stages.put("unsubscribed", f.unsubscribed());
		stages.put("unknown", f.unknown());
		return stages;
	}

	/** The message for one customer, as the current user may see that customer. */
	@GetMapping("/campaigns/{id}/preview")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	String preview(@PathVariable String id, @RequestParam String customerId, Model model) {
		UUID campaignId = Ids.parse(id).orElseThrow(CampaignService::notFound);
		UUID customer = Ids.parse(customerId.strip()).orElseThrow(() -> new dev.clientele.shared.NotFoundException("Customer"));
		model.addAttribute("campaign", campaigns.find(campaignId).orElseThrow(CampaignService::notFound));
		model.addAttribute("preview", campaigns.preview(campaignId, customer));
		return "campaigns/preview";
	}

	@GetMapping("/campaign-comparisons")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	String compare(@RequestParam(name = "id", required = false) List<String> ids, Model model) {
		List<UUID> chosen = ResultsApiController.ids(ids, "id");
		List<CampaignResults> compared = chosen.size() < 2 ? List.of()
				: campaigns.compare(chosen.subList(0, Math.min(chosen.size(), ResultsApiController.MAX_COMPARED)));
		model.addAttribute("campaigns", campaigns.list(null));
		model.addAttribute("chosen", chosen);
		model.addAttribute("compared", compared);
		model.addAttribute("funnelLabels", funnelLabels());
		model.addAttribute("comparedJson", CampaignRepository.JSON.writeValueAsString(compared));
		return "campaigns/compare";
	}

}
