package dev.clientele.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The façade of the audit trail. */
public interface AuditTrail {

	/**
	 * Appends an entry in the caller's transaction (a rollback leaves none), or in its own when
	 * there is none. The client address is taken from the current request, if any.
	 */
	void record(UUID actorId, String action, String entity, String entityId, List<String> fields, String outcome,
			String detail);

	/**
	 * Entries newest first, filtered; needs {@code audit:read}.
	 *
	 * @param before a sequence number to page from (exclusive), or {@code null} for the newest
	 */
	List<AuditEntry> entries(UUID actorId, String action, String entity, String entityId, Instant from, Instant to,
			Long before, int limit);

	/** Checks every link of the chain; needs {@code audit:read} (jobs and the CLI act as the system). */
	AuditVerification verify();

}
