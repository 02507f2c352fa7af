package dev.clientele.changes;

/**
 * The façade of the change feed. Readers need {@code customer:read}; contact changes need
 * {@code contact:read} as well. Each reader sees the changes of customers their data scope held
 * at the time of the change, without the names of fields hidden from them.
 */
public interface ChangeFeed {

	/** The most changes one page returns. */
	int MAX_LIMIT = 500;

	/**
	 * The changes after a cursor, in commit order. A change that commits after the cursor was
	 * handed out always comes after it: no change is ever skipped.
	 *
	 * @param cursor a {@link ChangePage#next()} from earlier, or {@code null} for the beginning
	 * @param limit 1 to {@link #MAX_LIMIT}
	 * @throws dev.clientele.shared.InvalidInputException naming {@code cursor} or {@code limit}
	 */
	ChangePage changes(String cursor, int limit);

	/** The cursor at the end of the feed now: reading from it returns only changes still to come. */
	String now();

}
