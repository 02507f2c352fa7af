package dev.clientele.marketing.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.CampaignResults;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaign results: one campaign's, as JSON or a CSV table, and several side by side. */
@RestController
class ResultsApiController {

	static final int MAX_COMPARED = 10;

	private final CampaignManagement campaigns;

	ResultsApiController(CampaignManagement campaigns) {
		this.campaigns = campaigns;
	}

	/** {@code segment} (repeatable) adds a breakdown by that segment. */
	@GetMapping("/api/v1/campaigns/{id}/results")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	CampaignResults results(@PathVariable String id, @RequestParam(name = "segment", required = false) List<String> segments) {
		return campaigns.results(campaignId(id), ids(segments, "segment"));
	}

	@GetMapping(path = "/api/v1/campaigns/{id}/results.csv")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(name = "segment", required = false) List<String> segments) {
		CampaignResults results = campaigns.results(campaignId(id), ids(segments, "segment"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-" + results.campaignId() + "-results.csv\"")
			.body(ResultsCsv.write(results).getBytes(StandardCharsets.UTF_8));
	}

	/** {@code id} repeated, 2 to {@value #MAX_COMPARED} campaigns. */
	@GetMapping("/api/v1/campaign-comparisons")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	Map<String, List<CampaignResults>> compare(@RequestParam(name = "id", required = false) List<String> ids) {
		List<UUID> campaignIds = ids(ids, "id");
		if (campaignIds.size() < 2 || campaignIds.size() > MAX_COMPARED) {
			throw InvalidInputException.of("id", "campaign.compareCount", MAX_COMPARED);
		}
		return Map.of("items", campaigns.compare(campaignIds));
	}

	static List<UUID> ids(List<String> texts, String parameter) {
		if (texts == null) {
			return List.of();
		}
		return texts.stream()
			.flatMap(text -> java.util.Arrays.stream(text.split(",")))
			.filter(text -> !text.isBlank())
			.map(text -> Ids.parse(text.strip()).orElseThrow(() -> InvalidInputException.of(parameter, "json.id")))
			.distinct()
			.toList();
	}

	private static UUID campaignId(String id) {
		return Ids.parse(id).orElseThrow(CampaignService::notFound);
	}

}
