package dev.clientele.changes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code change_log} rows and their head. Rows are only ever inserted, one append at a time:
 * the head row stays locked until the appending transaction ends, so that sequence numbers
 * become visible in the order they were handed out.
 */
@Repository
class ChangeLog {

	private static final BulkInsert.Table CHANGES = BulkInsert.Table.of("change_log", "seq", "change_type", "entity",
			"record_id", "customer_id", "version", "fields", "actor_id", "owner_id", "recorded_at");

	private static final int LOOKUP_CHUNK = 500;

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	ChangeLog(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/** The last sequence number handed out, locked until the transaction ends. */
	long lockHead() {
		return jdbc.sql("select seq from change_head where id = 1 for update").query(Long.class).single();
	}

	/** The last sequence number committed. */
	long head() {
		return jdbc.sql("select seq from change_head where id = 1").query(Long.class).single();
	}

	/** A record at a version, as the log holds each change at most once. */
	record Key(UUID recordId, int version) {
	}

	/** Which of these changes the log holds already (a redelivered event's), in one lookup per 500 records. */
	Set<Key> present(Collection<ChangeRow> rows) {
		List<UUID> ids = rows.stream().map(ChangeRow::recordId).distinct().toList();
		Set<Key> present = new HashSet<>();
		for (List<UUID> chunk : Chunks.of(ids, LOOKUP_CHUNK)) {
			jdbc.sql("select record_id, version from change_log where record_id in (:ids)")
				.param("ids", chunk)
				.query((rs, n) -> new Key(rs.getObject("record_id", UUID.class), rs.getInt("version")))
				.list()
				.forEach(present::add);
		}
		return present;
	}

	/** Appends changes that already carry their sequence numbers and time. */
	void appendAll(List<ChangeRow> rows) {
		List<Object[]> values = new ArrayList<>(rows.size());
		for (ChangeRow row : rows) {
			values.add(new Object[] { row.seq(), row.type(), row.entity(), row.recordId(), row.customerId(), row.version(),
					String.join(",", row.fields()), row.actorId(), row.ownerId(), row.recordedAt() });
		}
		bulk.insert(CHANGES, values);
	}

	void moveHead(long seq) {
		jdbc.sql("update change_head set seq = ? where id = 1").param(seq).update();
	}

	/**
	 * The changes after {@code after} up to {@code upTo}, oldest first, of customers owned then by
	 * one of {@code owners} ({@code null}: every customer), and of contacts only if {@code contacts}.
	 */
	List<ChangeRow> find(long after, long upTo, Collection<UUID> owners, boolean contacts, int limit) {
		if (owners != null && owners.isEmpty()) {
			return List.of();
		}
		List<String> where = new ArrayList<>(List.of("seq > :after", "seq <= :upTo"));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("after", after);
		params.put("upTo", upTo);
		if (owners != null) {
			where.add("owner_id in (:owners)");
			params.put("owners", List.copyOf(owners));
		}
		if (!contacts) {
			where.add("entity = :customer");
			params.put("customer", ChangeRow.CUSTOMER);
		}
		params.put("limit", limit);
		return jdbc.sql("""
				select seq, change_type, entity, record_id, customer_id, version, fields, actor_id, owner_id, recorded_at
				from change_log where """ + " " + String.join(" and ", where) + " order by seq fetch first :limit rows only")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
	}

	private static ChangeRow map(ResultSet rs) throws SQLException {
		String fields = rs.getString("fields");
		Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
		return new ChangeRow(rs.getLong("seq"), rs.getString("change_type"), rs.getString("entity"),
				rs.getObject("record_id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getInt("version"),
				fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")), rs.getObject("actor_id", UUID.class),
				rs.getObject("owner_id", UUID.class), at);
	}

}
