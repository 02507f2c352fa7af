package dev.clientele.timeline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Instants;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violation;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.BatchLineResult;
import dev.clientele.timeline.CustomerFigures;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.RecordEntry;
import dev.clientele.timeline.TimelineEntry;
import dev.clientele.timeline.TimelineManagement;
import dev.clientele.timeline.TimelineManagement.BatchLine;
import dev.clientele.timeline.TimelineQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The timeline REST API. Entries are appended ({@code POST}) and read; there is no PATCH, PUT or
 * DELETE: a correction is a new entry with {@code supersedes}, a void is {@code POST .../void}.
 */
@RestController
class TimelineApiController {

	static final String NDJSON = "application/x-ndjson";

	static final int MAX_BATCH_LINES = 100_000;

	private final TimelineManagement timeline;

	private final UserManagement users;

	private final MessageSource messages;

	TimelineApiController(TimelineManagement timeline, UserManagement users, MessageSource messages) {
		this.timeline = timeline;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/api/v1/customers/{id}/timeline")
	@RequiresPermission(Permission.TIMELINE_READ)
	Slice<TimelineEntry> timeline(@PathVariable String id, @RequestParam(name = "kind", required = false) List<String> kinds,
			@RequestParam(required = false) String occurredFrom, @RequestParam(required = false) String occurredTo,
			@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "false") boolean trail,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
		return timeline.timeline(new TimelineQuery(customer(id), kinds == null ? Set.of() : Set.copyOf(kinds),
				occurredFrom == null ? null : Instants.parse(occurredFrom, "occurredFrom"),
				occurredTo == null ? null : Instants.parse(occurredTo, "occurredTo"),
				asOf == null ? null : Instants.parse(asOf, "asOf"), trail, limit, cursor));
	}

	@PostMapping(path = "/api/v1/customers/{id}/timeline", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.TIMELINE_WRITE)
	ResponseEntity<TimelineEntry> append(@PathVariable String id, @RequestBody JsonNode body) {
		Violations violations = new Violations();
		RecordEntry entry = EntryJson.read(body, customer(id), "api", context(), violations);
		violations.throwIfAny();
		TimelineManagement.Recorded recorded = timeline.record(entry);
		if (!recorded.created()) {
			return ResponseEntity.ok(recorded.entry());
		}
		return ResponseEntity.created(URI.create("/api/v1/timeline/" + recorded.entry().id())).body(recorded.entry());
	}

	@GetMapping("/api/v1/customers/{id}/figures")
	@RequiresPermission(Permission.TIMELINE_READ)
	CustomerFigures figures(@PathVariable String id) {
		return timeline.figures(customer(id));
	}

	@GetMapping("/api/v1/timeline/{entryId}")
	@RequiresPermission(Permission.TIMELINE_READ)
	TimelineEntry entry(@PathVariable String entryId) {
		return timeline.entry(entryId(entryId)).orElseThrow(TimelineApiController::entryNotFound);
	}

	@PostMapping(path = "/api/v1/timeline/{entryId}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.TIMELINE_WRITE)
	TimelineEntry voidEntry(@PathVariable String entryId, @RequestBody JsonNode body) {
		if (body == null || !body.isObject()) {
			throw InvalidInputException.of("", "body.notObject");
		}
		JsonNode reason = body.get("reason");
		if (reason != null && !reason.isNull() && !reason.isString()) {
			throw InvalidInputException.of("reason", "json.string");
		}
		return timeline.voidEntry(entryId(entryId), reason == null || reason.isNull() ? null : reason.asString(),
				context());
	}

	/**
	 * Appends up to {@value #MAX_BATCH_LINES} NDJSON lines, each an entry with its {@code customerId},
	 * and answers one NDJSON result per line as the steps commit. Blank lines are skipped and not
	 * counted; lines past the limit are answered rejected, never dropped.
	 */
	@PostMapping("/api/v1/timeline/batch")
	@RequiresPermission(Permission.TIMELINE_WRITE)
	void batch(HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		// checked here rather than by the mapping, so that a caller without the permission hears 403 first
		MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		if (type == null || !type.isCompatibleWith(MediaType.parseMediaType(NDJSON))) {
			throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.parseMediaType(NDJSON)));
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(NDJSON);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream out = response.getOutputStream();
		WriteContext context = context();
		timeline.recordBatch(new Lines(reader, context), result -> write(result, out));
		out.flush();
	}

	private void write(BatchLineResult result, OutputStream out) {
		ObjectNode line = EntryRepository.JSON.createObjectNode();
		line.put("line", result.line());
		line.put("result", result.result());
		if (result.entryId() != null) {
			line.put("entryId", result.entryId().toString());
		}
		if (!result.violations().isEmpty()) {
			var errors = line.putArray("errors");
			for (Violation violation : result.violations()) {
				errors.addObject()
					.put("field", violation.path())
					.put("code", violation.code())
					.put("message", messages.getMessage(violation.code(), violation.args().toArray(), violation.code(),
							LocaleContextHolder.getLocale()));
			}
		}
		try {
			out.write(EntryRepository.JSON.writeValueAsBytes(line));
			out.write('\n');
		}
		catch (IOException clientGone) {
			throw new UncheckedIOException(clientGone);
		}
	}

	/** The request's lines as batch lines, numbered from 1, read one at a time. */
	private static final class Lines implements Iterator<BatchLine> {

		private final BufferedReader reader;

		private final WriteContext context;

		private long number;

		private String pending;

		Lines(BufferedReader reader, WriteContext context) {
			this.reader = reader;
			this.context = context;
		}

		@Override
		public boolean hasNext() {
			try {
				while (pending == null) {
					String line = reader.readLine();
					if (line == null) {
						return false;
					}
					number++;
					if (!line.isBlank()) {
						pending = line;
					}
				}
				return true;
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}

		@Override
		public BatchLine next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			String line = pending;
			pending = null;
			if (number > MAX_BATCH_LINES) {
				return new BatchLine(number, null, List.of(Violation.of("", "timeline.batchTooLong", MAX_BATCH_LINES)));
			}
			JsonNode node;
			try {
				node = EntryRepository.JSON.readTree(line);
			}
			catch (tools.jackson.core.JacksonException notJson) {
				return new BatchLine(number, null, List.of(Violation.of("", "body.notJson")));
			}
			Violations violations = new Violations();
			RecordEntry entry = EntryJson.read(node, null, "api", context, violations);
			return new BatchLine(number, violations.isEmpty() ? entry : null, violations.list());
		}

	}

	@GetMapping("/api/v1/timeline/kinds")
	@RequiresPermission(Permission.TIMELINE_READ)
	List<EntryKind> kinds() {
		return timeline.kinds();
	}

	@PostMapping(path = "/api/v1/timeline/kinds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@RequiresPermission(Permission.TIMELINE_ADMIN)
	ResponseEntity<EntryKind> defineKind(@RequestBody JsonNode body) {
		EntryKind kind = timeline.defineKind(KindJson.read(body, users.currentActor()));
		return ResponseEntity.created(URI.create("/api/v1/timeline/kinds")).body(kind);
	}

	/** Recomputes every customer's RFM scores now, instead of at the job's next run. */
	@PostMapping("/api/v1/timeline/rfm-scores")
	@RequiresPermission(Permission.TIMELINE_ADMIN)
	Map<String, Integer> scoreRfm() {
		return Map.of("scored", timeline.scoreRfm());
	}

	private WriteContext context() {
		return new WriteContext(users.currentActor(), Source.API);
	}

	private static UUID customer(String id) {
		return Ids.parse(id).orElseThrow(() -> new NotFoundException("Customer"));
	}

	private static UUID entryId(String id) {
		return Ids.parse(id).orElseThrow(TimelineApiController::entryNotFound);
	}

	private static NotFoundException entryNotFound() {
		return new NotFoundException("Timeline entry");
	}

}
