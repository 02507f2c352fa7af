package dev.clientele.segment.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.segment.ListView;
import dev.clientele.segment.ListViewManagement;
import dev.clientele.segment.SaveListView;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Saved views of the customer list in the REST API: {@code /api/v1/views}. */
@RestController
@RequestMapping("/api/v1/views")
class ListViewApiController {

	private static final Set<String> FIELDS = Set.of("name", "shared", "q", "filter", "sort");

	private final ListViewManagement views;

	ListViewApiController(ListViewManagement views) {
		this.views = views;
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping
	List<ObjectNode> list() {
		return views.list().stream().map(SegmentJson::view).toList();
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
		ListView view = views.create(command(body));
		return ResponseEntity.created(URI.create("/api/v1/views/" + view.id())).body(SegmentJson.view(view));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/{id}")
	ObjectNode get(@PathVariable String id) {
		return SegmentJson.view(views.get(id(id)));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ObjectNode update(@PathVariable String id, @RequestBody JsonNode body) {
		java.util.UUID viewId = id(id);
		views.get(viewId);
		return SegmentJson.view(views.update(viewId, command(body)));
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		views.delete(id(id));
	}

	private static SaveListView command(JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, FIELDS, Set.of(), violations);
		violations.throwIfAny();
		String name = JsonFields.text(body, "name", violations);
		boolean shared = JsonFields.bool(body, "shared", false, violations);
		String keyword = JsonFields.text(body, "q", violations);
		String filter = SegmentJson.filterText(body, violations);
		String sort = JsonFields.text(body, "sort", violations);
		violations.throwIfAny();
		return new SaveListView(name, shared, keyword, filter, sort);
	}

	static java.util.UUID id(String text) {
		return Ids.parse(text).orElseThrow(ListViewService::notFound);
	}

}
