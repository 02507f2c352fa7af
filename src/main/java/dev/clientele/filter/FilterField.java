package dev.clientele.filter;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A field the filter language may name, and how it maps to SQL. Either a column expression of
 * the main row, or a side table reached through {@code exists}.
 *
 * @param name the name used in filters and sorts, e.g. {@code city} or {@code customFields.vip}
 * @param type how operands are read
 * @param column for a direct field: the SQL expression over the main row; for a side-table
 * field: the value column inside {@code sideTable}
 * @param sideTable {@code null} for a direct field; otherwise the {@code from ... where} part of an
 * {@code exists} subquery that ties the side table to the main row, e.g.
 * {@code customer_tags t where t.customer_id = c.id}
 * @param fixedParams bind parameters that {@code column} or {@code sideTable} refer to by name
 * @param sortable whether lists may be sorted by this field (direct fields only)
 * @param normalizer applied to text operands before comparison (e.g. lower-casing emails)
 */
public record FilterField(String name, ValueType type, String column, String sideTable, Map<String, Object> fixedParams,
		boolean sortable, UnaryOperator<String> normalizer) {

	public FilterField {
		fixedParams = Map.copyOf(fixedParams);
		normalizer = normalizer == null ? UnaryOperator.identity() : normalizer;
	}

	public static FilterField column(String name, ValueType type, String column) {
		return new FilterField(name, type, column, null, Map.of(), true, null);
	}

	public static FilterField sideTable(String name, ValueType type, String sideTable, String column) {
		return new FilterField(name, type, column, sideTable, Map.of(), false, null);
	}

	public FilterField withNormalizer(UnaryOperator<String> normalizer) {
		return new FilterField(name, type, column, sideTable, fixedParams, sortable, normalizer);
	}

	public FilterField withParams(Map<String, Object> params) {
		return new FilterField(name, type, column, sideTable, params, sortable, normalizer);
	}

	public FilterField notSortable() {
		return new FilterField(name, type, column, sideTable, fixedParams, false, normalizer);
	}

	public Optional<String> side() {
		return Optional.ofNullable(sideTable);
	}

}
