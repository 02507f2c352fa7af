package dev.clientele.history.internal;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** History in the REST API: versions of customers and contacts, one version, two compared. */
@RestController
class HistoryApiController {

	private final HistoryReader history;

	HistoryApiController(HistoryReader history) {
		this.history = history;
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/api/v1/customers/{id}/versions")
	ArrayNode versions(@PathVariable String id, @RequestParam(required = false) String field,
			@RequestParam(required = false) String actor) {
		VersionSelection selection = new VersionSelection(HistoryReader.field(field), HistoryReader.actor(actor));
		return VersionJson.versions(history.customerVersions(id, selection));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/api/v1/customers/{id}/versions/{version}")
	ObjectNode version(@PathVariable String id, @PathVariable int version) {
		return VersionJson.version(history.customerVersion(id, version));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/api/v1/customers/{id}/versions/compare")
	ObjectNode compare(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
		HistoryReader.Comparison comparison = history.compare(id, from, to);
		return VersionJson.comparison(comparison.from(), comparison.to(), comparison.changes());
	}

	@RequiresPermission(Permission.CONTACT_READ)
	@GetMapping("/api/v1/contacts/{id}/versions")
	ArrayNode contactVersions(@PathVariable String id) {
		return VersionJson.versions(history.contactVersions(id));
	}

}
