package dev.clientele.timeline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.DatabaseProduct;
import dev.clientele.timeline.FollowUpsDue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

/** The {@code customer_figures} rows: one per customer whose timeline has counted entries. */
@Repository
class FigureRepository {

	private static final String COLUMNS = """
			customer_id, first_order_at, last_order_at, order_count, total_spend, last_contact_at, next_follow_up_on,
			follow_up_by, recency_score, frequency_score, monetary_score""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final boolean postgres;

	FigureRepository(JdbcClient jdbc, JdbcTemplate batch, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.postgres = database.postgres();
	}

	/** Stored figures with their scores. */
	record Row(UUID customerId, Figures figures, Integer recency, Integer frequency, Integer monetary) {
	}

	Optional<Row> find(UUID customerId) {
		return jdbc.sql("select " + COLUMNS + " from customer_figures where customer_id = ?")
			.param(customerId)
			.query(FigureRepository::map)
			.optional();
	}

	List<Row> findAll(Collection<UUID> customerIds) {
		List<UUID> ids = List.copyOf(customerIds);
		List<Row> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1_000) {
			found.addAll(jdbc.sql("select " + COLUMNS + " from customer_figures where customer_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
				.query(FigureRepository::map)
				.list());
		}
		return found;
	}

	/**
	 * The figures of the customers, each row locked for the rest of the transaction (created empty
	 * first where missing), so that concurrent appends to one customer add up.
	 */
	Map<UUID, Figures> lock(Collection<UUID> customerIds, Instant now) {
		List<UUID> ids = customerIds.stream().distinct().sorted().toList();
		batch.batchUpdate(
				"insert into customer_figures (customer_id, order_count, total_spend, updated_at) values (?, 0, 0, ?) on conflict do nothing",
				ids.stream().map(id -> new Object[] { id, utc(now) }).toList());
		Map<UUID, Figures> figures = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1_000) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
			jdbc.sql("select " + COLUMNS + " from customer_figures where customer_id in (:ids) order by customer_id for update")
				.param("ids", chunk)
				.query(FigureRepository::map)
				.list()
				.forEach(row -> figures.put(row.customerId(), row.figures()));
		}
		return figures;
	}

	/** Customers per statement of {@link #addUp}: one statement text, so that PostgreSQL prepares it once. */
	static final int ADD_UP_ROWS = 250;

	private static final String ADD_UP_ROW = "(cast(? as uuid), cast(? as timestamp with time zone), "
			+ "cast(? as timestamp with time zone), cast(? as integer), cast(? as numeric(19, 4)), "
			+ "cast(? as timestamp with time zone), cast(? as date), cast(? as uuid))";

	/** Parameters per customer in {@link #ADD_UP_ROW}. */
	private static final int ADD_UP_WIDTH = 8;

	private static final String ADDITION_COLUMNS = "customer_id, first_order_at, last_order_at, order_count, total_spend,"
			+ " last_contact_at, next_follow_up_on, follow_up_by";

	/**
	 * Adds what new entries add up to (per customer, folded from none) to the stored figures in one
	 * statement per {@value #ADD_UP_ROWS} customers, creating the rows that are missing: counts and
	 * spend add, the first and last order widen, the later contact (the addition on a tie) brings its
	 * next follow-up, as {@link Figures#plus} would entry by entry. Rows are touched in customer
	 * order, so that concurrent steps queue instead of deadlocking.
	 * <p>
	 * Two steps may give one customer its first figures at once. On PostgreSQL the stored rows are
	 * updated first and the customers without a row then get theirs by {@code insert ... on conflict
	 * do update}, which settles that race; elsewhere the missing rows are inserted ({@code on conflict
	 * do nothing}) before a {@code merge} adds up, since a merge that took its insert branch in both
	 * steps would fail one of them on the primary key.
	 */
	void addUp(Map<UUID, Figures> additions, Instant now) {
		List<Map.Entry<UUID, Figures>> sorted = additions.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
		for (int from = 0; from < sorted.size(); from += ADD_UP_ROWS) {
			List<Map.Entry<UUID, Figures>> chunk = sorted.subList(from, Math.min(sorted.size(), from + ADD_UP_ROWS));
			List<Object> rows = new ArrayList<>();
			for (Map.Entry<UUID, Figures> row : chunk) {
				Figures f = row.getValue();
				rows.addAll(Arrays.asList(row.getKey(), utc(f.firstOrderAt()), utc(f.lastOrderAt()),
						f.orderCount(), f.totalSpend(), utc(f.lastContactAt()), f.nextFollowUpOn(), f.followUpBy()));
			}
			if (postgres) {
				addUpOnPostgres(chunk, rows, now);
				continue;
			}
			String values = "values " + String.join(", ", Collections.nCopies(chunk.size(), ADD_UP_ROW));
			List<Object> ids = new ArrayList<>();
			for (Map.Entry<UUID, Figures> row : chunk) {
				ids.add(row.getKey());
				ids.add(utc(now));
			}
			jdbc.sql("insert into customer_figures (customer_id, order_count, total_spend, updated_at) values "
					+ String.join(", ", Collections.nCopies(chunk.size(),
							"(cast(? as uuid), 0, 0, cast(? as timestamp with time zone))"))
					+ " on conflict do nothing")
				.params(ids)
				.update();
			rows.add(utc(now));
			jdbc.sql("merge into customer_figures f using (" + values + ") d (" + ADDITION_COLUMNS + ")"
					+ " on f.customer_id = d.customer_id when matched then update set " + sums("d") + ", updated_at = ?")
				.params(rows)
				.update();
		}
	}

	/**
	 * A plain update of the rows that exist costs PostgreSQL less than an upsert (no speculative
	 * insertion); after the first entries of a customer, nearly every row exists.
	 */
	private void addUpOnPostgres(List<Map.Entry<UUID, Figures>> chunk, List<Object> rows, Instant now) {
		String values = "values " + String.join(", ", Collections.nCopies(chunk.size(), ADD_UP_ROW));
		List<Object> params = new ArrayList<>();
		params.add(utc(now));
		params.addAll(rows);
		Set<UUID> updated = new HashSet<>(jdbc
			.sql("update customer_figures f set " + sums("d") + ", updated_at = ? from (" + values + ") d ("
					+ ADDITION_COLUMNS + ") where f.customer_id = d.customer_id returning f.customer_id")
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
				missing.addAll(rows.subList(i * ADD_UP_WIDTH, (i + 1) * ADD_UP_WIDTH));
				count++;
			}
		}
		jdbc.sql("insert into customer_figures as f (" + ADDITION_COLUMNS + ", updated_at) select d.*, cast(? as"
				+ " timestamp with time zone) from (values " + String.join(", ", Collections.nCopies(count, ADD_UP_ROW))
				+ ") d (" + ADDITION_COLUMNS + ") on conflict (customer_id) do update set " + sums("excluded")
				+ ", updated_at = excluded.updated_at")
			.params(missing)
			.update();
	}

	/** The stored row f plus the addition named {@code d}, column by column, as SQL assignments. */
	private static String sums(String d) {
		String laterContact = d + ".last_contact_at is not null and (f.last_contact_at is null or " + d
				+ ".last_contact_at >= f.last_contact_at)";
		return "first_order_at = case when " + d + ".first_order_at is not null and (f.first_order_at is null or " + d
				+ ".first_order_at < f.first_order_at) then " + d + ".first_order_at else f.first_order_at end,"
				+ " last_order_at = case when " + d + ".last_order_at is not null and (f.last_order_at is null or " + d
				+ ".last_order_at > f.last_order_at) then " + d + ".last_order_at else f.last_order_at end,"
				+ " order_count = f.order_count + " + d + ".order_count, total_spend = f.total_spend + " + d + ".total_spend,"
				+ " last_contact_at = case when " + laterContact + " then " + d + ".last_contact_at else f.last_contact_at end,"
				+ " next_follow_up_on = case when " + laterContact + " then " + d + ".next_follow_up_on else f.next_follow_up_on end,"
				+ " follow_up_by = case when " + laterContact + " then " + d + ".follow_up_by else f.follow_up_by end";
	}

	void save(Map<UUID, Figures> figures, Instant now) {
		batch.batchUpdate("""
				update customer_figures set first_order_at = ?, last_order_at = ?, order_count = ?, total_spend = ?,
				       last_contact_at = ?, next_follow_up_on = ?, follow_up_by = ?, updated_at = ?
				where customer_id = ?""", figures.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
			Figures f = entry.getValue();
			return new Object[] { utc(f.firstOrderAt()), utc(f.lastOrderAt()), f.orderCount(), f.totalSpend(),
					utc(f.lastContactAt()), f.nextFollowUpOn(), f.followUpBy(), utc(now), entry.getKey() };
		}).toList());
	}

	int delete(UUID customerId) {
		return jdbc.sql("delete from customer_figures where customer_id = ?").param(customerId).update();
	}

	/** Hands every open follow-up of one user to another. */
	int reassignFollowUps(UUID from, UUID to) {
		return jdbc.sql("update customer_figures set follow_up_by = ? where follow_up_by = ?").params(to, from).update();
	}

	/** An open follow-up as stored: the customer, the date and when the contact that set it happened. */
	record OpenFollowUp(UUID customerId, LocalDate dueOn, Instant lastContactAt) {
	}

	/** The open follow-ups of one user, soonest first; with {@code due}, only that group's on {@code today}. */
	List<OpenFollowUp> openFollowUps(UUID user, LocalDate today, FollowUpsDue.Due due) {
		Map<String, Object> params = new HashMap<>();
		params.put("user", user);
		String range = "";
		if (due != null) {
			params.put("today", today);
			range = due == FollowUpsDue.Due.OVERDUE ? " and next_follow_up_on < :today"
					: due == FollowUpsDue.Due.TODAY ? " and next_follow_up_on = :today" : " and next_follow_up_on > :today";
		}
		return jdbc.sql("""
				select customer_id, next_follow_up_on, last_contact_at from customer_figures
				where follow_up_by = :user and next_follow_up_on is not null""" + range
				+ " order by next_follow_up_on, customer_id")
			.params(params)
			.query((rs, row) -> new OpenFollowUp(rs.getObject("customer_id", UUID.class),
					rs.getObject("next_follow_up_on", LocalDate.class), instant(rs, "last_contact_at")))
			.list();
	}

	/**
	 * How many follow-ups are due before {@code today}, per user they are for.
	 *
	 * @param users the users to count, or {@code null} for everyone
	 */
	Map<UUID, Integer> overdueByUser(LocalDate today, Collection<UUID> users) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (users != null && users.isEmpty()) {
			return counts;
		}
		String sql = "select follow_up_by, count(*) as overdue from customer_figures where next_follow_up_on < :today"
				+ (users == null ? "" : " and follow_up_by in (:users)") + " group by follow_up_by";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("today", today);
		if (users != null) {
			statement = statement.param("users", List.copyOf(users));
		}
		statement.query((rs, row) -> Map.entry(rs.getObject("follow_up_by", UUID.class), rs.getInt("overdue")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject("customer_id", UUID.class),
				new Figures(instant(rs, "first_order_at"), instant(rs, "last_order_at"), rs.getInt("order_count"),
						rs.getBigDecimal("total_spend"), instant(rs, "last_contact_at"),
						rs.getObject("next_follow_up_on", LocalDate.class), rs.getObject("follow_up_by", UUID.class)),
				rs.getObject("recency_score", Integer.class), rs.getObject("frequency_score", Integer.class),
				rs.getObject("monetary_score", Integer.class));
	}

	/** Recomputes every scored customer's RFM scores (1-5 by quintile); answers how many were scored. */
	int scoreRfm() {
		jdbc.sql("""
				update customer_figures set recency_score = null, frequency_score = null, monetary_score = null
				where order_count = 0 and recency_score is not null""").update();
		return jdbc.sql("""
				merge into customer_figures f
				using (select customer_id,
				              ntile(5) over (order by last_order_at) as r,
				              ntile(5) over (order by order_count) as fr,
				              ntile(5) over (order by total_spend) as m
				       from customer_figures where order_count > 0) q
				on f.customer_id = q.customer_id
				when matched then update set recency_score = q.r, frequency_score = q.fr, monetary_score = q.m""")
			.update();
	}

}
