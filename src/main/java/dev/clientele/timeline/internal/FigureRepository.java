package dev.clientele.timeline.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.Chunks;
import dev.clientele.timeline.FollowUpsDue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

/**
 * The figures of each customer with counted entries, in two tables: {@value #ORDER_TABLE} (orders
 * and refunds, with the RFM scores) and {@value #CONTACT_TABLE} (follow-ups). Apart, an order
 * rewrites no follow-up index entry and a follow-up no order index entry; a follow-up that sets no
 * next date updates its row in place (with {@code fillfactor} room, a HOT update on PostgreSQL).
 */
@Repository
class FigureRepository {

	static final String ORDER_TABLE = "customer_figures";

	static final String CONTACT_TABLE = "customer_contact_figures";

	private static final String ORDER_COLUMNS = """
			customer_id, first_order_at, last_order_at, order_count, total_spend, recency_score, frequency_score,
			monetary_score""";

	private static final String CONTACT_COLUMNS = "customer_id, last_contact_at, next_follow_up_on, follow_up_by";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	FigureRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Stored figures with their scores. */
	record Row(UUID customerId, Figures figures, Integer recency, Integer frequency, Integer monetary) {
	}

	Optional<Row> find(UUID customerId) {
		return findAll(List.of(customerId)).stream().findFirst();
	}

	/** The figures of those customers that have any. */
	List<Row> findAll(Collection<UUID> customerIds) {
		List<UUID> ids = List.copyOf(customerIds);
		Map<UUID, Row> orders = new HashMap<>();
		Map<UUID, Figures> contacts = new HashMap<>();
		for (List<UUID> chunk : Chunks.of(ids, 1_000)) {
			jdbc.sql("select " + ORDER_COLUMNS + " from " + ORDER_TABLE + " where customer_id in (:ids)")
				.param("ids", chunk)
				.query(FigureRepository::mapOrders)
				.list()
				.forEach(row -> orders.put(row.customerId(), row));
			jdbc.sql("select " + CONTACT_COLUMNS + " from " + CONTACT_TABLE + " where customer_id in (:ids)")
				.param("ids", chunk)
				.query((rs, row) -> Map.entry(rs.getObject("customer_id", UUID.class),
						new Figures(null, null, 0, BigDecimal.ZERO, instant(rs, "last_contact_at"),
								rs.getObject("next_follow_up_on", LocalDate.class), rs.getObject("follow_up_by", UUID.class))))
				.list()
				.forEach(entry -> contacts.put(entry.getKey(), entry.getValue()));
		}
		List<Row> found = new ArrayList<>();
		for (UUID id : ids) {
			Row order = orders.get(id);
			Figures contact = contacts.get(id);
			if (order == null && contact == null) {
				continue;
			}
			Figures o = order == null ? Figures.NONE : order.figures();
			Figures c = contact == null ? Figures.NONE : contact;
			found.add(new Row(id, new Figures(o.firstOrderAt(), o.lastOrderAt(), o.orderCount(), o.totalSpend(),
					c.lastContactAt(), c.nextFollowUpOn(), c.followUpBy()), order == null ? null : order.recency(),
					order == null ? null : order.frequency(), order == null ? null : order.monetary()));
		}
		return found;
	}

	/**
	 * Locks the figures rows of the customers for the rest of the transaction (created empty first
	 * where missing), table by table as {@link FigureAddition} touches them, so that concurrent
	 * appends to one customer add up after the figures are folded again.
	 */
	void lock(Collection<UUID> customerIds, Instant now) {
		List<UUID> ids = customerIds.stream().distinct().sorted().toList();
		batch.batchUpdate("insert into " + ORDER_TABLE + " (customer_id, order_count, total_spend, updated_at)"
				+ " values (?, 0, 0, ?) on conflict do nothing", ids.stream().map(id -> new Object[] { id, utc(now) }).toList());
		lockRows(ORDER_TABLE, ids);
		batch.batchUpdate("insert into " + CONTACT_TABLE + " (customer_id, updated_at) values (?, ?) on conflict do nothing",
				ids.stream().map(id -> new Object[] { id, utc(now) }).toList());
		lockRows(CONTACT_TABLE, ids);
	}

	private void lockRows(String table, List<UUID> ids) {
		for (List<UUID> chunk : Chunks.of(ids, 1_000)) {
			jdbc.sql("select customer_id from " + table + " where customer_id in (:ids) order by customer_id for update")
				.param("ids", chunk)
				.query(UUID.class)
				.list();
		}
	}

	/** Stores figures folded again over rows {@link #lock locked} in this transaction. */
	void save(Map<UUID, Figures> figures, Instant now) {
		List<Map.Entry<UUID, Figures>> sorted = figures.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
		batch.batchUpdate("update " + ORDER_TABLE + """
				 set first_order_at = ?, last_order_at = ?, order_count = ?, total_spend = ?, updated_at = ?
				where customer_id = ?""", sorted.stream().map(entry -> {
			Figures f = entry.getValue();
			return new Object[] { utc(f.firstOrderAt()), utc(f.lastOrderAt()), f.orderCount(), f.totalSpend(), utc(now),
					entry.getKey() };
		}).toList());
		batch.batchUpdate("update " + CONTACT_TABLE + """
				 set last_contact_at = ?, next_follow_up_on = ?, follow_up_by = ?, updated_at = ?
				where customer_id = ?""", sorted.stream().map(entry -> {
			Figures f = entry.getValue();
			return new Object[] { utc(f.lastContactAt()), f.nextFollowUpOn(), f.followUpBy(), utc(now), entry.getKey() };
		}).toList());
	}

	/** Deletes a customer's figures; answers how many rows held them. */
	int delete(UUID customerId) {
		return jdbc.sql("delete from " + ORDER_TABLE + " where customer_id = ?").param(customerId).update()
				+ jdbc.sql("delete from " + CONTACT_TABLE + " where customer_id = ?").param(customerId).update();
	}

	/** Hands every open follow-up of one user to another. */
	int reassignFollowUps(UUID from, UUID to) {
		return jdbc.sql("update " + CONTACT_TABLE + " set follow_up_by = ? where follow_up_by = ?").params(to, from).update();
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
				select customer_id, next_follow_up_on, last_contact_at from customer_contact_figures
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
		String sql = "select follow_up_by, count(*) as overdue from " + CONTACT_TABLE + " where next_follow_up_on < :today"
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

	private static Row mapOrders(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject("customer_id", UUID.class),
				new Figures(instant(rs, "first_order_at"), instant(rs, "last_order_at"), rs.getInt("order_count"),
						rs.getBigDecimal("total_spend"), null, null, null),
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
