package dev.clientele.customer;

import dev.clientele.filter.Filter;

/**
 * What a customer list asks for.
 *
 * @param keyword free text: name fragments (2+ characters, Chinese included), pinyin or its
 * initials, phone digits (last 4+ or the whole number), email or its prefix, contact names
 * @param filter a parsed filter; {@link Filter#ALL} for none
 * @param sort comma-separated field names, each optionally prefixed with {@code -} for descending;
 * blank means relevance for a keyword search and {@code -updatedAt} otherwise
 * @param limit rows per page, 1 to {@value #MAX_LIMIT}
 * @param cursor the {@code next} value of the previous page, or {@code null} for the first page
 * @param deleted list the recycle bin instead of live customers
 */
public record CustomerQuery(String keyword, Filter filter, String sort, int limit, String cursor, boolean deleted) {

	public static final int MAX_LIMIT = 200;

	public static final int DEFAULT_LIMIT = 20;

	public CustomerQuery {
		filter = filter == null ? Filter.ALL : filter;
	}

	public static CustomerQuery firstPage() {
		return new CustomerQuery(null, Filter.ALL, null, DEFAULT_LIMIT, null, false);
	}

}
