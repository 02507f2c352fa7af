package dev.clientele.changes;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param next the cursor to continue from; never {@code null}: with no new changes it is the cursor
 * that was given (or one further on, past changes the reader may not see)
 */
public record ChangePage(List<Change> items, String next) {

	public ChangePage {
		items = List.copyOf(items);
	}

}
