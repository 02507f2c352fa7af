package dev.clientele.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one part erased: a count per kind of row, e.g. {@code versions=3}. Never personal values. */
public record ErasureCounts(Map<String, Integer> counts) {

	public ErasureCounts {
		counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	public static ErasureCounts of(String what, int count) {
		return new ErasureCounts(Map.of(what, count));
	}

	/** These counts and one more. */
	public ErasureCounts and(String what, int count) {
		Map<String, Integer> more = new LinkedHashMap<>(counts);
		more.merge(what, count, Integer::sum);
		return new ErasureCounts(more);
	}

	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

}
