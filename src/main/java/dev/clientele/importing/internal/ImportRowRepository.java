package dev.clientele.importing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every data row of every import: its original text, what became of it and why. */
@Repository
class ImportRowRepository {

	private static final BulkInsert.Table ROWS = BulkInsert.Table.of("import_rows", "batch_id", "row_number", "raw",
			"outcome", "customer_id", "version", "reasons");

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	ImportRowRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * One judged row.
	 *
	 * @param reasons the violations as JSON, or {@code null}
	 */
	record StoredRow(long number, String raw, String outcome, UUID customerId, Integer version, String reasons) {
	}

	void insertAll(UUID batch, List<StoredRow> rows) {
		bulk.insert(ROWS, rows.stream()
			.map(r -> new Object[] { batch, r.number(), r.raw(), r.outcome(), r.customerId(), r.version(), r.reasons() })
			.toList());
	}

	/** Forgets a run's rows (a dry run started again). */
	void deleteAll(UUID batch) {
		jdbc.sql("delete from import_rows where batch_id = ?").param(batch).update();
	}

	/** The rows with the outcome, in row order, handed over one at a time. */
	void each(UUID batch, String outcome, Consumer<StoredRow> sink) {
		jdbc.sql("""
				select row_number, raw, outcome, customer_id, version, reasons from import_rows
				where batch_id = ? and outcome = ? order by row_number""")
			.withFetchSize(1000)
			.params(batch, outcome)
			.query(rs -> {
				sink.accept(new StoredRow(rs.getLong("row_number"), rs.getString("raw"), rs.getString("outcome"),
						rs.getObject("customer_id", UUID.class), (Integer) rs.getObject("version"), rs.getString("reasons")));
			});
	}

	/**
	 * Up to {@code limit} rows that created or updated a customer, below row {@code before} (all rows
	 * when {@code null}), the last first.
	 */
	List<StoredRow> writtenBefore(UUID batch, Long before, int limit) {
		return jdbc.sql("""
				select row_number, outcome, customer_id, version from import_rows
				where batch_id = ? and customer_id is not null and outcome in ('created', 'updated') and row_number < ?
				order by row_number desc fetch first ? rows only""")
			.params(batch, before == null ? Long.MAX_VALUE : before, limit)
			.query((rs, n) -> new StoredRow(rs.getLong("row_number"), "", rs.getString("outcome"),
					rs.getObject("customer_id", UUID.class), (Integer) rs.getObject("version"), null))
			.list();
	}

	/**
	 * The rows of a batch that created any of these customers, by customer. The table's statistics
	 * are refreshed first: without them the planner reads every row of the batch (63 ms a lookup at
	 * a million rows) instead of the few rows of these customers (0.2 ms).
	 */
	Map<UUID, Long> createdRows(UUID batch, Collection<UUID> customers) {
		bulk.refreshStatistics(List.of(ROWS.name()));
		List<UUID> ids = List.copyOf(customers);
		Map<UUID, Long> rows = new HashMap<>();
		for (List<UUID> chunk : Chunks.of(ids, 1_000)) {
			jdbc.sql("""
					select customer_id, row_number from import_rows
					where customer_id in (:customers) and batch_id = :batch and outcome = 'created'""")
				.param("customers", chunk)
				.param("batch", batch)
				.query((rs, n) -> Map.entry(rs.getObject("customer_id", UUID.class), rs.getLong("row_number")))
				.list()
				.forEach(row -> rows.put(row.getKey(), row.getValue()));
		}
		return rows;
	}

	/** The batches and row numbers that hold a customer's rows. */
	List<Object[]> rowsOf(UUID customer) {
		return jdbc.sql("select batch_id, row_number from import_rows where customer_id = ?")
			.param(customer)
			.query((rs, n) -> new Object[] { rs.getObject("batch_id", UUID.class), rs.getLong("row_number") })
			.list();
	}

	/** The original text of the rows at these numbers. */
	List<StoredRow> rows(UUID batch, List<Long> numbers) {
		return jdbc.sql("""
				select row_number, raw, outcome, customer_id, version, reasons from import_rows
				where batch_id = :batch and row_number in (:numbers) order by row_number""")
			.param("batch", batch)
			.param("numbers", numbers)
			.query((rs, n) -> new StoredRow(rs.getLong("row_number"), rs.getString("raw"), rs.getString("outcome"),
					rs.getObject("customer_id", UUID.class), (Integer) rs.getObject("version"), rs.getString("reasons")))
			.list();
	}

	/** Strips a row of its text and reasons, leaving its number and outcome. */
	void erase(UUID batch, long number) {
		jdbc.sql("update import_rows set raw = '', reasons = null, outcome = 'erased' where batch_id = ? and row_number = ?")
			.params(batch, number)
			.update();
	}

	/** The rows not erased, in row order, handed over one at a time. */
	void kept(UUID batch, Consumer<StoredRow> sink) {
		jdbc.sql("select row_number, raw from import_rows where batch_id = ? and outcome <> 'erased' order by row_number")
			.withFetchSize(1000)
			.param(batch)
			.query(rs -> {
				sink.accept(new StoredRow(rs.getLong("row_number"), rs.getString("raw"), null, null, null, null));
			});
	}

}
