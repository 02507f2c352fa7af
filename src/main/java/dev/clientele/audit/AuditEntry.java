package dev.clientele.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit trail.
 *
 * @param actorId who acted; {@code null} for an unknown login
 * @param action e.g. {@code customer.updated}, {@code login.failed}, {@code user.deactivated}
 * @param entity the kind of record concerned ({@code customer}, {@code contact}, {@code user} ...), if any
 * @param fields the names of the fields concerned, never their values
 * @param outcome {@code success} or {@code failure}
 * @param detail non-personal detail: counts, a batch id, a token id
 */
public record AuditEntry(long seq, Instant at, UUID actorId, String clientIp, String action, String entity,
		String entityId, List<String> fields, String outcome, String detail) {

	public AuditEntry {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

}
