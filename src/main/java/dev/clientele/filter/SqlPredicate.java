package dev.clientele.filter;

import java.util.Map;

/** A compiled piece of SQL with its named bind parameters; never holds a user value inline. */
public record SqlPredicate(String sql, Map<String, Object> params) {

	public SqlPredicate {
		params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
	}

	public static final SqlPredicate TRUE = new SqlPredicate("1 = 1", Map.of());

}
