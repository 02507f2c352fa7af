package dev.clientele.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Who writes, through which path, and why: recorded on every version row.
 *
 * @param actor the id of the acting user (the built-in system user for jobs)
 * @param source where the write came from
 * @param reason an optional free-text reason given by the actor
 */
public record WriteContext(UUID actor, Source source, String reason) {

	public WriteContext {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(source, "source");
		if (reason != null && reason.isBlank()) {
			reason = null;
		}
	}

	public WriteContext(UUID actor, Source source) {
		this(actor, source, null);
	}

	public WriteContext withSource(Source other) {
		return new WriteContext(actor, other, reason);
	}

}
