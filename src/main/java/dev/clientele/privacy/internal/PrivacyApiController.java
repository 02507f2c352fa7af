package dev.clientele.privacy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.privacy.ErasureBlock;
import dev.clientele.privacy.ErasureReport;
import dev.clientele.privacy.PrivacyManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subject rights over the REST API: {@code GET /api/v1/customers/{id}/personal-data},
 * {@code POST /api/v1/customers/{id}/erasure} and the block list under {@code /api/v1/erasure-blocks}.
 */
@RestController
class PrivacyApiController {

	private final PrivacyManagement privacy;

	PrivacyApiController(PrivacyManagement privacy) {
		this.privacy = privacy;
	}

	@RequiresPermission(Permission.CUSTOMER_PERSONAL_DATA)
	@GetMapping(path = "/api/v1/customers/{id}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ObjectNode> personalData(@PathVariable String id) {
		UUID customerId = id(id);
		ObjectNode document = privacy.export(customerId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("personal-data-" + customerId + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_JSON)
			.body(document);
	}

	/** What an erasure did: counts per part and how many values it blocked. */
	record Erasure(UUID customerId, boolean erased, String erasedAt, UUID erasedBy,
			Map<String, Map<String, Integer>> erasedRecords, int blockedValues) {

		static Erasure of(ErasureReport report) {
			Map<String, Map<String, Integer>> parts = new LinkedHashMap<>();
			report.parts().forEach((name, counts) -> parts.put(name, counts.counts()));
			return new Erasure(report.customerId(), true, report.erasedAt().toString(), report.erasedBy(), parts,
					report.blockedValues());
		}

	}

	@RequiresPermission(Permission.CUSTOMER_ERASE)
	@PostMapping(path = "/api/v1/customers/{id}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
	Erasure erase(@PathVariable String id, @RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("reason"), Set.of(), violations);
		String reason = violations.isEmpty() ? JsonFields.text(body, "reason", violations) : null;
		violations.throwIfAny();
		return Erasure.of(privacy.erase(id(id), reason));
	}

	@RequiresPermission(Permission.CUSTOMER_ERASE)
	@GetMapping("/api/v1/erasure-blocks")
	List<ErasureBlock> blocks() {
		return privacy.blocks();
	}

	/** Lifts a block by its hash (the path variable is the block's id, its hash). */
	@RequiresPermission(Permission.CUSTOMER_ERASE)
	@DeleteMapping("/api/v1/erasure-blocks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void lift(@PathVariable String id) {
		privacy.lift(id);
	}

	@RequiresPermission(Permission.CUSTOMER_ERASE)
	@PostMapping(path = "/api/v1/erasure-blocks/lift", consumes = MediaType.APPLICATION_JSON_VALUE)
	ErasureBlock liftValue(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("phone", "email"), Set.of(), violations);
		String phone = violations.isEmpty() ? JsonFields.text(body, "phone", violations) : null;
		String email = violations.isEmpty() ? JsonFields.text(body, "email", violations) : null;
		violations.throwIfAny();
		return privacy.liftValue(phone, email);
	}

	static UUID id(String text) {
		return Ids.parse(text).orElseThrow(() -> new NotFoundException("Customer"));
	}

}
