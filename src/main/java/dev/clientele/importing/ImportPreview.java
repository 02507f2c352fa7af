package dev.clientele.importing;

import java.util.List;

import dev.clientele.customer.Customer;
import dev.clientele.customer.LoadOutcome;
import dev.clientele.shared.Violation;

/**
 * The first rows of a file as the import would store them, written nowhere.
 *
 * @param columns each column of the header with the field it feeds
 * @param unmapped headers of columns that feed no field and were not deliberately ignored
 * @param fields every field a column can be mapped to, standard and custom
 */
public record ImportPreview(List<Column> columns, List<String> unmapped, List<String> fields, List<Row> rows) {

	public ImportPreview {
		columns = List.copyOf(columns);
		unmapped = List.copyOf(unmapped);
		fields = List.copyOf(fields);
		rows = List.copyOf(rows);
	}

	/** @param field the field the column feeds, or {@code null} */
	public record Column(String header, String field, boolean ignored) {
	}

	/**
	 * @param customer the customer as it would be stored, or {@code null} when rejected or skipped
	 * @param reasons why the row would be rejected; empty otherwise
	 */
	public record Row(long number, List<String> cells, LoadOutcome.Result result, Customer customer,
			List<Reason> reasons) {

		public Row {
			cells = List.copyOf(cells);
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * Why a row would be rejected, as the error report names it.
	 *
	 * @param column the header of the column whose value is wrong, or {@code null} when no single
	 * column is (a missing name, say)
	 * @param path the field's path ({@code phones[0].number})
	 * @param code the message key
	 */
	public record Reason(String column, String path, String code, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}

		public static Reason of(Violation violation, String column) {
			return new Reason(column, violation.path(), violation.code(), violation.args());
		}

	}

}
