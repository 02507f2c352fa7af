package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.filter.FilterField;
import dev.clientele.filter.ValueType;
import dev.clientele.shared.InvalidInputException;

/**
 * One key of a list's order.
 *
 * @param expression the SQL expression sorted by
 * @param nullable whether the expression can be null (nulls always sort last)
 * @param params bind parameters the expression refers to
 * @param side for a field of a side table (a figure, a custom field), where its value lives;
 * otherwise {@code null}
 */
record SortKey(String name, String expression, ValueType type, boolean descending, boolean nullable,
		Map<String, Object> params, Side side) {

	/**
	 * A side table's value as a join: {@code table} with its alias, the {@code condition} that ties
	 * a row of it to the customer {@code c}, and the value's {@code column}.
	 */
	record Side(String table, String condition, String column) {

		static Side of(FilterField field) {
			String[] parts = field.sideTable().split(" where ", 2);
			return new Side(parts[0], parts[1], field.column());
		}

		/** A condition true for the customers that have a value. */
		String present() {
			return "exists (select 1 from " + table + " where " + condition + " and " + column + " is not null)";
		}

	}

	SortKey(String name, String expression, ValueType type, boolean descending, boolean nullable,
			Map<String, Object> params) {
		this(name, expression, type, descending, nullable, params, null);
	}

	/** This key over its side table joined to the customer, where every row has a value. */
	SortKey joined() {
		return new SortKey(name, side.column(), type, descending, false, params, null);
	}

	static final int MAX_KEYS = 3;

	/**
	 * Parses {@code -updatedAt,name}: field names from the catalog, {@code -} for descending.
	 *
	 * @throws InvalidInputException naming the {@code sort} parameter
	 */
	static List<SortKey> parse(String sort, Map<String, FilterField> catalog) {
		List<SortKey> keys = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String[] parts = sort.split(",", -1);
		if (parts.length > MAX_KEYS) {
			throw InvalidInputException.of("sort", "sort.tooMany", MAX_KEYS);
		}
		for (String part : parts) {
			String item = part.strip();
			boolean descending = item.startsWith("-");
			String name = descending ? item.substring(1) : item;
			FilterField field = catalog.get(name);
			if (field == null || !field.sortable()) {
				throw InvalidInputException.of("sort", "sort.unknownField", name);
			}
			if (!seen.add(name)) {
				throw InvalidInputException.of("sort", "sort.repeated", name);
			}
			keys.add(new SortKey(name, CustomerCatalog.sortExpression(field), field.type(), descending,
					CustomerCatalog.nullable(field), field.fixedParams(), field.side().map(side -> Side.of(field)).orElse(null)));
		}
		return keys;
	}

	String orderBy() {
		return expression + (descending ? " desc" : " asc") + (nullable ? " nulls last" : "");
	}

}
