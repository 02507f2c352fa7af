package dev.clientele.marketing.internal;

import java.io.InputStreamReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.UserManagement;
import dev.clientele.marketing.Campaign;
import dev.clientele.marketing.CampaignInput;
import dev.clientele.marketing.CampaignManagement;
import dev.clientele.marketing.CampaignMember;
import dev.clientele.marketing.CampaignStatus;
import dev.clientele.marketing.MemberStatus;
import dev.clientele.marketing.MessagePreview;
import dev.clientele.marketing.Promotion;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Instants;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The campaign REST API: {@code /api/v1/campaigns}, their members and outcomes, and a customer's promotions. */
@RestController
class CampaignApiController {

	private final CampaignManagement campaigns;

	private final UserManagement users;

	CampaignApiController(CampaignManagement campaigns, UserManagement users) {
		this.campaigns = campaigns;
		this.users = users;
	}

	@GetMapping("/api/v1/campaigns")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	Map<String, List<Campaign>> list(@RequestParam(required = false) String status) {
		CampaignStatus wanted = null;
		if (status != null) {
			try {
				wanted = CampaignStatus.fromJson(status);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("status", "campaign.statusUnknown");
			}
		}
		return Map.of("items", campaigns.list(wanted));
	}

	@PostMapping(path = "/api/v1/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	ResponseEntity<Campaign> create(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		CampaignInput input = CampaignJson.read(body, false, violations);
		violations.throwIfAny();
		Campaign campaign = campaigns.create(input, context());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id())).body(campaign);
	}

	@GetMapping("/api/v1/campaigns/{id}")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	Campaign campaign(@PathVariable String id) {
		return campaigns.find(campaignId(id)).orElseThrow(CampaignService::notFound);
	}

	/** Replaces what the campaign's status lets change; {@code version} is required. */
	@PutMapping(path = "/api/v1/campaigns/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Campaign update(@PathVariable String id, @RequestBody JsonNode body) {
		UUID campaignId = campaignId(id);
		Violations violations = new Violations();
		CampaignInput input = CampaignJson.read(body, true, violations);
		violations.throwIfAny();
		return campaigns.update(campaignId, input, CampaignJson.version(body), context());
	}

	/** The message as it would read for one customer, with the caller's field permissions applied. */
	@GetMapping("/api/v1/campaigns/{id}/preview")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	MessagePreview preview(@PathVariable String id, @RequestParam String customerId) {
		return campaigns.preview(campaignId(id), customerId(customerId));
	}

	@PostMapping("/api/v1/campaigns/{id}/start")
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Campaign start(@PathVariable String id) {
		return campaigns.start(campaignId(id), context());
	}

	@PostMapping("/api/v1/campaigns/{id}/pause")
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Campaign pause(@PathVariable String id) {
		return campaigns.pause(campaignId(id), context());
	}

	@PostMapping("/api/v1/campaigns/{id}/resume")
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Campaign resume(@PathVariable String id) {
		return campaigns.resume(campaignId(id), context());
	}

	@PostMapping("/api/v1/campaigns/{id}/finish")
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Campaign finish(@PathVariable String id) {
		return campaigns.finish(campaignId(id), context());
	}

	@GetMapping("/api/v1/campaigns/{id}/members")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	Slice<CampaignMember> members(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
		return campaigns.members(campaignId(id), status == null ? null : memberStatus(status, "status"), limit, cursor);
	}

	@GetMapping("/api/v1/campaigns/{id}/members/{customerId}")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	Promotion member(@PathVariable String id, @PathVariable String customerId) {
		return campaigns.member(campaignId(id), customerId(customerId)).orElseThrow(CampaignApiController::noMember);
	}

	/** Logs one outcome: {@code {"status": "responded", "occurredAt": "...", "note": "..."}}. */
	@PostMapping(path = "/api/v1/campaigns/{id}/members/{customerId}/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Promotion logOutcome(@PathVariable String id, @PathVariable String customerId, @RequestBody JsonNode body) {
		UUID campaignId = campaignId(id);
		UUID customer = customerId(customerId);
		Violations violations = new Violations();
		JsonFields.checkNames(body, java.util.Set.of("status", "occurredAt", "note"), java.util.Set.of(), violations);
		violations.throwIfAny();
		String status = JsonFields.text(body, "status", violations);
		String occurredAt = JsonFields.text(body, "occurredAt", violations);
		String note = JsonFields.text(body, "note", violations);
		if (status == null) {
			violations.add("status", "field.required");
		}
		violations.throwIfAny();
		return campaigns.logOutcome(campaignId, customer, memberStatus(status, "status"),
				occurredAt == null ? null : Instants.parse(occurredAt, "occurredAt"), note, context());
	}

	/** Logs outcomes from a CSV file ({@code customerId,status,occurredAt,note}); all or nothing. */
	@PostMapping("/api/v1/campaigns/{id}/outcomes")
	@RequiresPermission(Permission.CAMPAIGN_WRITE)
	Map<String, Integer> logOutcomes(@PathVariable String id, HttpServletRequest request) throws IOException {
		UUID campaignId = campaignId(id);
		MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		if (type == null || !type.isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
			throw InvalidInputException.of("Content-Type", "campaign.csvExpected");
		}
		try (var reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
			return Map.of("logged", campaigns.logOutcomes(campaignId, reader, context()));
		}
	}

	@GetMapping("/api/v1/customers/{id}/promotions")
	@RequiresPermission(Permission.CAMPAIGN_READ)
	Map<String, List<Promotion>> promotions(@PathVariable String id) {
		return Map.of("items", campaigns.promotions(customerId(id)));
	}

	private WriteContext context() {
		return new WriteContext(users.currentActor(), Source.API);
	}

	static MemberStatus memberStatus(String text, String field) {
		return MemberStatus.fromJson(text).orElseThrow(() -> InvalidInputException.of(field, "campaign.memberStatus"));
	}

	private static UUID campaignId(String id) {
		return Ids.parse(id).orElseThrow(CampaignService::notFound);
	}

	private static UUID customerId(String id) {
		return Ids.parse(id).orElseThrow(() -> new NotFoundException("Customer"));
	}

	private static NotFoundException noMember() {
		return new NotFoundException("Campaign member");
	}

}
