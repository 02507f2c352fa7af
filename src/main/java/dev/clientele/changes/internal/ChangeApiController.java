package dev.clientele.changes.internal;

import java.util.List;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.changes.ChangeFeed;
import dev.clientele.changes.ChangePage;
import dev.clientele.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The change feed over HTTP: {@code GET /api/v1/changes} pages through it by cursor, and
 * {@code GET /api/v1/changes/stream} pushes changes as server-sent events whose ids are cursors.
 */
@RestController
class ChangeApiController {

	private final ChangeService feed;

	private final ChangeStream stream;

	private final AccessManagement access;

	ChangeApiController(ChangeService feed, ChangeStream stream, AccessManagement access) {
		this.feed = feed;
		this.stream = stream;
		this.access = access;
	}

	/**
	 * The changes after {@code cursor} (from the beginning without one, or from now with
	 * {@code from=now}), oldest first; {@code next} is the cursor to continue from.
	 */
	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/api/v1/changes")
	ChangePage changes(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String from) {
		if (from != null && (!from.equals("now") || cursor != null)) {
			throw InvalidInputException.of("from", "changes.from");
		}
		int size = limit(limit);
		if (from != null) {
			return new ChangePage(List.of(), feed.now());
		}
		return feed.changes(cursor, size);
	}

	/**
	 * Server-sent events, one {@code change} event per change with the change as JSON data and its
	 * cursor as event id, from now on, or after {@code Last-Event-ID} when a client reconnects.
	 */
	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/api/v1/changes/stream")
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			HttpServletResponse response) {
		long after = lastEventId == null || lastEventId.isEmpty() ? feed.head() : feed.parse(lastEventId, "Last-Event-ID");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Accel-Buffering", "no");
		return stream.subscribe(access.current().userId(), after);
	}

	private static int limit(String limit) {
		if (limit == null) {
			return 100;
		}
		try {
			int size = Integer.parseInt(limit);
			if (size >= 1 && size <= ChangeFeed.MAX_LIMIT) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw InvalidInputException.of("limit", "list.limit", ChangeFeed.MAX_LIMIT);
	}

}
