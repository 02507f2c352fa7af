package dev.clientele.shared.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import dev.clientele.shared.BulkInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows as one JDBC batch of a parameterised {@code insert}: how H2 (and any database without a
 * bulk protocol) takes them, and how PostgreSQL takes a few.
 */
class BatchBulkInsert implements BulkInsert {

	private final JdbcTemplate template;

	BatchBulkInsert(JdbcTemplate template) {
		this.template = template;
	}

	@Override
	public void insert(Table table, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		rows.forEach(table::requireRow);
		template.batchUpdate(sql(table), rows.stream().map(BatchBulkInsert::parameters).toList());
	}

	/** The row as every driver takes it: PostgreSQL's cannot infer a type for an {@link Instant}. */
	private static Object[] parameters(Object[] row) {
		Object[] values = row.clone();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Instant instant) {
				values[i] = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
			}
		}
		return values;
	}

	private static String sql(Table table) {
		return "insert into " + table.name() + " " + table.columnList() + " values ("
				+ String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
	}

	@Override
	public void refreshStatistics(java.util.List<String> tables) {
		// H2 plans from its own row counts; there is nothing to refresh, but names are still checked
		tables.forEach(Table::requireTableName);
	}

}
