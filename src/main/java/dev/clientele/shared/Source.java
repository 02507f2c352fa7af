package dev.clientele.shared;

import java.util.regex.Pattern;

/**
 * Where a write came from, in the one grammar every version row uses: {@code ui}, {@code api},
 * {@code import:<batch>#<row>}, {@code merge:<id>}, {@code restore:<version>}, {@code revert:<batch>},
 * {@code system:<job>}.
 */
public record Source(String value) {

	private static final Pattern GRAMMAR = Pattern.compile(
			"ui|api|import:[A-Za-z0-9-]+#[0-9]+|merge:[A-Za-z0-9-]+|restore:[0-9]+|revert:[A-Za-z0-9-]+|system:[a-z0-9-]+");

	public static final Source UI = new Source("ui");

	public static final Source API = new Source("api");

	public Source {
		if (value == null || !GRAMMAR.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a valid source: " + value);
		}
	}

	public static Source importRow(String batch, long row) {
		return new Source("import:" + batch + "#" + row);
	}

	public static Source merge(String id) {
		return new Source("merge:" + id);
	}

	public static Source restore(int version) {
		return new Source("restore:" + version);
	}

	/** Undoing a bulk operation, e.g. an import batch. */
	public static Source revert(String batch) {
		return new Source("revert:" + batch);
	}

	public static Source system(String job) {
		return new Source("system:" + job);
	}

	@Override
	public String toString() {
		return value;
	}

}
