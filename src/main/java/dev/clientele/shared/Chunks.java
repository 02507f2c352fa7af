package dev.clientele.shared;

import java.util.AbstractList;
import java.util.List;

/**
 * A list cut into consecutive views of at most a given size, for statements that take a bounded
 * number of parameters ({@code in (:ids)}) or for work done a step at a time. The views are
 * {@link List#subList sublists}: nothing is copied.
 */
public final class Chunks<T> extends AbstractList<List<T>> {

	private final List<T> list;

	private final int size;

	private Chunks(List<T> list, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("A chunk holds at least one element, not " + size);
		}
		this.list = list;
		this.size = size;
	}

	/** {@code list} in chunks of {@code size}, the last one shorter if need be; none for an empty list. */
	public static <T> List<List<T>> of(List<T> list, int size) {
		return new Chunks<>(list, size);
	}

	@Override
	public List<T> get(int index) {
		int from = index * size;
		if (index < 0 || from >= list.size()) {
			throw new IndexOutOfBoundsException(index);
		}
		return list.subList(from, Math.min(list.size(), from + size));
	}

	@Override
	public int size() {
		return (list.size() + size - 1) / size;
	}

}
