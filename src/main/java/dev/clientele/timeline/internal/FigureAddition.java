package dev.clientele.timeline.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import dev.clientele.shared.Chunks;
import dev.clientele.shared.DatabaseProduct;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.clientele.shared.SqlTimestamps.utc;

/**
 * Adds what new entries add up to (per customer, folded from none) to the stored figures, in one
 * statement per {@value #ROWS} customers and figures table, creating the rows that are missing:
 * counts and spend add, the first and last order widen, the later contact (the addition on a tie)
 * brings its next follow-up, as {@link Figures#plus} would entry by entry. An addition touches
 * only the table whose figures it changes. Rows are touched table by table and in customer order,
 * so that concurrent steps queue instead of deadlocking.
 * <p>
 * Two steps may give one customer its first figures at once. On PostgreSQL the stored rows are
 * updated first and the customers without a row then get theirs by {@code insert ... on conflict
 * do update}, which settles that race; elsewhere the missing rows are inserted ({@code on conflict
 * do nothing}) before a {@code merge} adds up, since a merge that took its insert branch in both
 * steps would fail one of them on the primary key.
 */
@Repository
class FigureAddition {

	/** Customers per statement: one statement text per table, so that PostgreSQL prepares it once. */
	static final int ROWS = 250;

	/** The order figures: what orders and refunds change. */
	static final Part ORDERS = new Part(FigureRepository.ORDER_TABLE,
			List.of("first_order_at", "last_order_at", "order_count", "total_spend"),
			List.of("timestamp with time zone", "timestamp with time zone", "integer", "numeric(19, 4)"),
			", order_count, total_spend", ", 0, 0",
			f -> java.util.Arrays.asList(utc(f.firstOrderAt()), utc(f.lastOrderAt()), f.orderCount(), f.totalSpend()),
			f -> f.orderCount() != 0 || f.firstOrderAt() != null || f.totalSpend().signum() != 0,
			d -> "first_order_at = case when " + d + ".first_order_at is not null and (f.first_order_at is null or " + d
					+ ".first_order_at < f.first_order_at) then " + d + ".first_order_at else f.first_order_at end,"
					+ " last_order_at = case when " + d + ".last_order_at is not null and (f.last_order_at is null or " + d
					+ ".last_order_at > f.last_order_at) then " + d + ".last_order_at else f.last_order_at end,"
					+ " order_count = f.order_count + " + d + ".order_count,"
					+ " total_spend = f.total_spend + " + d + ".total_spend");

	/** The contact figures: what follow-ups change. */
	static final Part CONTACTS = new Part(FigureRepository.CONTACT_TABLE,
			List.of("last_contact_at", "next_follow_up_on", "follow_up_by"),
			List.of("timestamp with time zone", "date", "uuid"), "", "",
			f -> java.util.Arrays.asList(utc(f.lastContactAt()), f.nextFollowUpOn(), f.followUpBy()),
			f -> f.lastContactAt() != null, d -> {
				String later = d + ".last_contact_at is not null and (f.last_contact_at is null or " + d
						+ ".last_contact_at >= f.last_contact_at)";
				return "last_contact_at = case when " + later + " then " + d + ".last_contact_at else f.last_contact_at end,"
						+ " next_follow_up_on = case when " + later + " then " + d + ".next_follow_up_on else f.next_follow_up_on end,"
						+ " follow_up_by = case when " + later + " then " + d + ".follow_up_by else f.follow_up_by end";
			});

	/**
	 * One figures table as the target of additions.
	 *
	 * @param columns the figures it holds, beside {@code customer_id} and {@code updated_at}
	 * @param casts the SQL types of those columns, for the rows of a {@code values} list
	 * @param emptyColumns the not-null columns of an empty row (each after a comma), and
	 * @param emptyValues their values
	 * @param values an addition's values of the columns
	 * @param adds whether an addition changes any of them
	 * @param sums the stored row {@code f} plus the addition named by the argument, as SQL assignments
	 */
	record Part(String table, List<String> columns, List<String> casts, String emptyColumns, String emptyValues,
			Function<Figures, List<Object>> values, Predicate<Figures> adds, UnaryOperator<String> sums) {

		String additionColumns() {
			return "customer_id, " + String.join(", ", columns);
		}

		String valuesRow() {
			StringBuilder row = new StringBuilder("(cast(? as uuid)");
			casts.forEach(cast -> row.append(", cast(? as ").append(cast).append(')'));
			return row.append(')').toString();
		}

		/** Parameters per customer in {@link #valuesRow()}. */
		int width() {
			return columns.size() + 1;
		}

	}

	private final JdbcClient jdbc;

	private final boolean postgres;

	FigureAddition(JdbcClient jdbc, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	void addUp(Map<UUID, Figures> additions, Instant now) {
		List<Map.Entry<UUID, Figures>> sorted = additions.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
		for (Part part : List.of(ORDERS, CONTACTS)) {
			addUp(part, sorted.stream().filter(row -> part.adds().test(row.getValue())).toList(), now);
		}
	}

	private void addUp(Part part, List<Map.Entry<UUID, Figures>> sorted, Instant now) {
		for (List<Map.Entry<UUID, Figures>> chunk : Chunks.of(sorted, ROWS)) {
			List<Object> rows = new ArrayList<>();
			for (Map.Entry<UUID, Figures> row : chunk) {
				rows.add(row.getKey());
				rows.addAll(part.values().apply(row.getValue()));
			}
			if (postgres) {
				addUpOnPostgres(part, chunk, rows, now);
			}
			else {
				addUpByMerge(part, chunk, rows, now);
			}
		}
	}

	private void addUpByMerge(Part part, List<Map.Entry<UUID, Figures>> chunk, List<Object> rows, Instant now) {
		List<Object> ids = new ArrayList<>();
		for (Map.Entry<UUID, Figures> row : chunk) {
			ids.add(row.getKey());
			ids.add(utc(now));
		}
		jdbc.sql("insert into " + part.table() + " (customer_id" + part.emptyColumns() + ", updated_at) values "
				+ String.join(", ", Collections.nCopies(chunk.size(),
						"(cast(? as uuid)" + part.emptyValues() + ", cast(? as timestamp with time zone))"))
				+ " on conflict do nothing")
			.params(ids)
			.update();
		List<Object> params = new ArrayList<>(rows);
		params.add(utc(now));
		jdbc.sql("merge into " + part.table() + " f using (" + values(part, chunk.size()) + ") d ("
				+ part.additionColumns() + ") on f.customer_id = d.customer_id when matched then update set "
				+ part.sums().apply("d") + ", updated_at = ?")
			.params(params)
			.update();
	}

	/**
	 * A plain update of the rows that exist costs PostgreSQL less than an upsert (no speculative
	 * insertion); after the first entries of a customer, nearly every row exists.
	 */
	private void addUpOnPostgres(Part part, List<Map.Entry<UUID, Figures>> chunk, List<Object> rows, Instant now) {
		List<Object> params = new ArrayList<>();
		params.add(utc(now));
		params.addAll(rows);
		Set<UUID> updated = new HashSet<>(jdbc
			.sql("update " + part.table() + " f set " + part.sums().apply("d") + ", updated_at = ? from ("
					+ values(part, chunk.size()) + ") d (" + part.additionColumns()
					+ ") where f.customer_id = d.customer_id returning f.customer_id")
			.params(params)
			.query(UUID.class)
			.list());
		if (updated.size() == chunk.size()) {
			return;
		}
		List<Object> missing = new ArrayList<>();
		missing.add(utc(now));
		int count = 0;
		for (int i = 0; i < chunk.size(); i++) {
			if (!updated.contains(chunk.get(i).getKey())) {
				missing.addAll(rows.subList(i * part.width(), (i + 1) * part.width()));
				count++;
			}
		}
		jdbc.sql("insert into " + part.table() + " as f (" + part.additionColumns() + ", updated_at) select d.*, cast(?"
				+ " as timestamp with time zone) from (" + values(part, count) + ") d (" + part.additionColumns()
				+ ") on conflict (customer_id) do update set " + part.sums().apply("excluded")
				+ ", updated_at = excluded.updated_at")
			.params(missing)
			.update();
	}

	private static String values(Part part, int rows) {
		return "values " + String.join(", ", Collections.nCopies(rows, part.valuesRow()));
	}

}
