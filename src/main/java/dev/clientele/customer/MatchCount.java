package dev.clientele.customer;

/**
 * How many customers match a list query. Counting stops at {@value #CAP}: above it,
 * {@code exact} is false and the UI shows "10,000+".
 */
public record MatchCount(long count, boolean exact) {

	public static final int CAP = 10_000;

}
