package dev.clientele.customer;

import java.util.List;
import java.util.UUID;

import dev.clientele.shared.Violation;

/**
 * What loading one row did (or, in a dry run, would do).
 *
 * @param customer the customer as stored after the row (with the actor's field permissions
 * applied); {@code null} when the row was rejected
 * @param matched the one stored customer a skipped row or a duplicate matched, or {@code null}
 * @param violations why the row was rejected; empty otherwise
 */
public record LoadOutcome(long row, Result result, Customer customer, UUID matched, List<Violation> violations) {

	public LoadOutcome {
		violations = List.copyOf(violations);
	}

	public LoadOutcome(long row, Result result, Customer customer, List<Violation> violations) {
		this(row, result, customer, null, violations);
	}

	public UUID customerId() {
		return customer == null ? null : customer.id();
	}

	public enum Result {

		CREATED, UPDATED,
		/** Matched a customer in update mode, whose stored values already held everything the row says. */
		UNCHANGED, SKIPPED, REJECTED;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
