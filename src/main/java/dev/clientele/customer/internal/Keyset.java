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
		if (rowComparable(keys, values, idDescending)) {
			return rowComparison(keys, values, idDescending, idColumn, params);
		}
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

	/**
	 * Whether every key runs in the id's direction and can hold no null: then the rows after the
	 * cursor are one range of a (keys, id) index, {@code (a, b, id) > (:a, :b, :id)}, which the
	 * database reads from where the page starts instead of skipping every row before it.
	 */
	private static boolean rowComparable(List<SortKey> keys, List<Object> values, boolean idDescending) {
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).nullable() || keys.get(i).descending() != idDescending || values.get(i) == null) {
				return false;
			}
		}
		return true;
	}

	private static String rowComparison(List<SortKey> keys, List<Object> values, boolean idDescending, String idColumn,
			Map<String, Object> params) {
		List<String> columns = new java.util.ArrayList<>();
		List<String> bound = new java.util.ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			params.put("ks" + i, values.get(i));
			columns.add(keys.get(i).expression());
			bound.add(":ks" + i);
		}
		columns.add(idColumn);
		bound.add(":ks_id");
		return "((" + String.join(", ", columns) + ")" + (idDescending ? " < " : " > ") + "(" + String.join(", ", bound)
				+ "))";
	}

}
