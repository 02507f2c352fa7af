package dev.clientele.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.clientele.audit.AuditEntry;
import dev.clientele.audit.AuditTrail;
import dev.clientele.audit.AuditVerification;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors: {@code GET /api/v1/audit} and {@code GET /api/v1/audit/verify}. */
@RestController
class AuditApiController {

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	/** A page of entries, newest first; {@code next} is the {@code before} of the following page. */
	record Page(List<AuditEntry> items, Long next) {
	}

	@RequiresPermission(Permission.AUDIT_READ)
	@GetMapping("/api/v1/audit")
	Page entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
		Violations violations = new Violations();
		UUID actorId = actor == null ? null : Ids.parse(actor).orElse(null);
		if (actor != null && actorId == null) {
			violations.add("actor", "json.id");
		}
		Instant fromInstant = instant(from, "from", violations);
		Instant toInstant = instant(to, "to", violations);
		if (limit < 1 || limit > 500) {
			violations.add("limit", "list.limit", 500);
		}
		violations.throwIfAny();
		List<AuditEntry> items = audit.entries(actorId, action, entity, entityId, fromInstant, toInstant, before, limit + 1);
		Long next = items.size() > limit ? items.get(limit - 1).seq() : null;
		return new Page(items.size() > limit ? items.subList(0, limit) : items, next);
	}

	@RequiresPermission(Permission.AUDIT_READ)
	@GetMapping("/api/v1/audit/verify")
	AuditVerification verify() {
		return audit.verify();
	}

	private static Instant instant(String text, String name, Violations violations) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			violations.add(name, "json.instant");
			return null;
		}
	}

}
