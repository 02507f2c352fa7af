package dev.clientele.timeline;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A page of one customer's timeline, newest first.
 *
 * @param kinds the kinds to show; empty for all
 * @param occurredFrom inclusive lower bound of {@code occurredAt}, or {@code null}
 * @param occurredTo exclusive upper bound of {@code occurredAt}, or {@code null}
 * @param asOf read the timeline as it was recorded at this instant; {@code null} for now
 * @param trail show corrected and voided entries too (the whole correction trail)
 * @param cursor the {@code next} of the previous page, or {@code null}
 */
public record TimelineQuery(UUID customerId, Set<String> kinds, Instant occurredFrom, Instant occurredTo,
		Instant asOf, boolean trail, int limit, String cursor) {

	public static final int MAX_LIMIT = 200;

	public TimelineQuery {
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
	}

	public static TimelineQuery latest(UUID customerId, int limit) {
		return new TimelineQuery(customerId, Set.of(), null, null, null, false, limit, null);
	}

}
