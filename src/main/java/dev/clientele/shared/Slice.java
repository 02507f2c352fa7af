package dev.clientele.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list.
 *
 * @param items the rows of this page
 * @param next an opaque cursor for the following page, or {@code null} on the last page
 */
public record Slice<T>(List<T> items, String next) {

	public Slice {
		items = List.copyOf(items);
	}

	public <R> Slice<R> map(Function<T, R> mapper) {
		return new Slice<>(items.stream().map(mapper).toList(), next);
	}

}
