package dev.clientele.timeline;

import java.util.List;
import java.util.UUID;

import dev.clientele.shared.Violation;

/**
 * What became of one line of a batch append.
 *
 * @param line the line's number, from 1
 * @param result {@code created}, {@code duplicate} (its source and external id were recorded
 * before; {@code entryId} is that entry) or {@code rejected}
 */
public record BatchLineResult(long line, String result, UUID entryId, List<Violation> violations) {

	public static final String CREATED = "created";

	public static final String DUPLICATE = "duplicate";

	public static final String REJECTED = "rejected";

	public BatchLineResult {
		violations = List.copyOf(violations);
	}

}
