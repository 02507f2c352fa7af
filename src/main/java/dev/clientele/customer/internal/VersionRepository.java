package dev.clientele.customer.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.customer.RecordVersion;
import dev.clientele.shared.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends and reads the immutable version rows of one kind of record. Rows are only ever
 * inserted: nothing here updates or deletes them.
 */
class VersionRepository {

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	private final BulkInsert.Table table;

	private final String select;

	private VersionRepository(JdbcClient jdbc, BulkInsert bulk, String table, String idColumn) {
		this.jdbc = jdbc;
		this.bulk = bulk;
		this.table = BulkInsert.Table.of(table, idColumn, "version", "snapshot", "changes", "actor_id", "recorded_at",
				"source", "reason");
		this.select = "select v." + idColumn + " as record_id, v.version, v.snapshot, v.changes, v.actor_id, u.name as actor_name,"
				+ " v.recorded_at, v.source, v.reason from " + table + " v join users u on u.id = v.actor_id where v."
				+ idColumn + " = ?";
	}

	static VersionRepository customers(JdbcClient jdbc, BulkInsert bulk) {
		return new VersionRepository(jdbc, bulk, "customer_version", "customer_id");
	}

	static VersionRepository contacts(JdbcClient jdbc, BulkInsert bulk) {
		return new VersionRepository(jdbc, bulk, "contact_version", "contact_id");
	}

	void appendAll(List<RecordVersion> versions) {
		bulk.insert(table, versions.stream()
			.map(v -> new Object[] { v.recordId(), v.version(), v.snapshot(),
					ProfileJson.storedChanges(v.version(), v.snapshot(), v.changes()),
					v.actorId(), utc(v.recordedAt()), v.source(), v.reason() })
			.toList());
	}

	/** A record's versions, newest first. */
	List<RecordVersion> list(UUID recordId) {
		return jdbc.sql(select + " order by v.version desc").param(recordId).query(VersionRepository::map).list();
	}

	Optional<RecordVersion> find(UUID recordId, int version) {
		return jdbc.sql(select + " and v.version = ?").params(recordId, version).query(VersionRepository::map).optional();
	}

	/** The version in force at an instant: the last one recorded at or before it. */
	Optional<RecordVersion> asOf(UUID recordId, Instant at) {
		return jdbc.sql(select + " and v.recorded_at <= ? order by v.version desc fetch first 1 rows only")
			.params(recordId, utc(at))
			.query(VersionRepository::map)
			.optional();
	}

	private static RecordVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RecordVersion(rs.getObject("record_id", UUID.class), rs.getInt("version"), rs.getString("snapshot"),
				ProfileJson.readChanges(rs.getString("changes"), rs.getString("snapshot")), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), instant(rs, "recorded_at"), rs.getString("source"), rs.getString("reason"));
	}

}
