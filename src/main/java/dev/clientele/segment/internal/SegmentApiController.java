package dev.clientele.segment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.customer.CustomerRepresentation;
import dev.clientele.customer.MatchCount;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.segment.CreateSegment;
import dev.clientele.segment.Segment;
import dev.clientele.segment.SegmentKind;
import dev.clientele.segment.SegmentManagement;
import dev.clientele.segment.UpdateSegment;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Violations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The segment REST API: {@code /api/v1/segments}. */
@RestController
@RequestMapping("/api/v1/segments")
class SegmentApiController {

	private static final Set<String> FIELDS = Set.of("name", "description", "kind", "filter");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final SegmentManagement segments;

	private final CustomerRepresentation representation;

	private final Clock clock;

	SegmentApiController(SegmentManagement segments, CustomerRepresentation representation, Clock clock) {
		this.segments = segments;
		this.representation = representation;
		this.clock = clock;
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping
	List<ObjectNode> list() {
		return segments.list().stream().map(SegmentJson::segment).toList();
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, FIELDS, Set.of(), violations);
		violations.throwIfAny();
		String name = JsonFields.text(body, "name", violations);
		String description = JsonFields.text(body, "description", violations);
		String kindText = JsonFields.text(body, "kind", violations);
		SegmentKind kind = kindText == null ? SegmentKind.DYNAMIC : SegmentKind.fromKey(kindText).orElse(null);
		if (kind == null) {
			violations.add("kind", "segment.kind");
		}
		String filter = SegmentJson.filterText(body, violations);
		violations.throwIfAny();
		Segment created = segments.create(new CreateSegment(name, description, kind, filter));
		return ResponseEntity.created(URI.create("/api/v1/segments/" + created.id())).body(SegmentJson.segment(created));
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/{id}")
	ObjectNode get(@PathVariable String id) {
		return SegmentJson.segment(segments.get(id(id)));
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ObjectNode update(@PathVariable String id, @RequestBody JsonNode body) {
		UUID segmentId = id(id);
		segments.get(segmentId);
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("name", "description", "filter"), Set.of("kind"), violations);
		violations.throwIfAny();
		String name = JsonFields.text(body, "name", violations);
		String description = JsonFields.text(body, "description", violations);
		String filter = SegmentJson.filterText(body, violations);
		violations.throwIfAny();
		return SegmentJson.segment(segments.update(new UpdateSegment(segmentId, name, description, filter)));
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archive(@PathVariable String id) {
		segments.archive(id(id));
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/{id}/count")
	MatchCount count(@PathVariable String id) {
		return segments.count(id(id));
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/{id}/members")
	ObjectNode members(@PathVariable String id, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
		Slice<dev.clientele.customer.Customer> page = segments.members(id(id), sort, limit, cursor);
		ObjectNode node = SegmentJson.JSON.createObjectNode();
		ArrayNode items = node.putArray("items");
		representation.json(page.items()).forEach(items::add);
		node.put("next", page.next());
		return node;
	}

	@RequiresPermission(Permission.SEGMENT_WRITE)
	@PostMapping("/{id}/snapshots")
	ResponseEntity<ObjectNode> snapshot(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		UUID segmentId = id(id);
		segments.get(segmentId);
		String name = null;
		if (body != null && !body.isNull()) {
			Violations violations = new Violations();
			JsonFields.checkNames(body, Set.of("name"), Set.of(), violations);
			violations.throwIfAny();
			name = JsonFields.text(body, "name", violations);
			violations.throwIfAny();
		}
		Segment snapshot = segments.snapshot(segmentId, name);
		return ResponseEntity.created(URI.create("/api/v1/segments/" + snapshot.id())).body(SegmentJson.segment(snapshot));
	}

	@RequiresPermission(Permission.SEGMENT_READ)
	@GetMapping("/{id}/export")
	void export(@PathVariable String id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response,
			Locale locale) {
		UUID segmentId = id(id);
		segments.get(segmentId);
		ExportFormat chosen = ExportFormat.fromKey(format).orElseThrow(() -> InvalidInputException.of("format", "export.format"));
		String file = "segment-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "." + chosen.extension();
		segments.export(segmentId, chosen, locale, () -> {
			response.setContentType(chosen.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			try {
				return response.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static UUID id(String text) {
		return Ids.parse(text).orElseThrow(SegmentService::notFound);
	}

}
