package dev.clientele.filter;

import java.util.Optional;

/** The operators of the filter language, by their JSON names. */
public enum FilterOp {

	EQ("eq"), IN("in"), CONTAINS("contains"), STARTS_WITH("startsWith"), BETWEEN("between"), IS_EMPTY("isEmpty"),

	/** A date or instant within the last {@code n} days up to now: one positive whole number of days. */
	WITHIN_LAST_DAYS("withinLastDays");

	private final String json;

	FilterOp(String json) {
		this.json = json;
	}

	public String json() {
		return json;
	}

	public static Optional<FilterOp> fromJson(String name) {
		for (FilterOp op : values()) {
			if (op.json.equals(name)) {
				return Optional.of(op);
			}
		}
		return Optional.empty();
	}

}
