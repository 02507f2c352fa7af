package dev.clientele.customer;

import java.util.List;

/**
 * One page of customers as they were recorded at an instant.
 *
 * @param items each customer's version in force then, with the reader's field permissions applied
 * @param next the cursor of the following page, or {@code null} on the last
 * @param matched how many customers matched in all (exact: an as-of list reads every version in scope)
 */
public record CustomersAsOf(List<RecordVersion> items, String next, long matched) {

	public CustomersAsOf {
		items = List.copyOf(items);
	}

}
