package dev.clientele.customer.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The keyset condition "after this row" for an order of sort keys followed by the id. Nulls
 * sort last in either direction, so that a page boundary on a null value is handled too.
 */
final class Keyset {

	private Keyset() {
	}

	/**
	 * @param values the last row's sort values, one per key ({@code null} allowed)
	 * @param params receives the bind parameters
	 * @return a SQL condition true exactly for rows after the last one
	 */
	static String after(List<SortKey> keys, List<Object> values, UUID lastId, boolean idDescending, String idColumn,
			Map<String, Object> params) {
		params.put("ks_id", lastId);
		String condition = idColumn + (idDescending ? " < " : " > ") + ":ks_id";
		for (int i = keys.size() - 1; i >= 0; i--) {
			SortKey key = keys.get(i);
			Object value = values.get(i);
			String column = key.expression();
			if (value == null) {
				// only rows whose value is also null can follow a null
				condition = column + " is null and (" + condition + ")";
				continue;
			}
			String param = ":ks" + i;
			params.put("ks" + i, value);
			String beyond = column + (key.descending() ? " < " : " > ") + param;
			if (key.nullable()) {
				beyond = "(" + beyond + " or " + column + " is null)";
			}
			condition = beyond + " or (" + column + " = " + param + " and (" + condition + "))";
		}
		return "(" + condition + ")";
	}

}
