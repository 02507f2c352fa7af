package dev.clientele.customer.internal;

import static dev.clientele.customer.internal.Timestamps.instant;
import static dev.clientele.customer.internal.Timestamps.utc;

import java.util.List;
import java.util.UUID;

import dev.clientele.customer.RecordVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends and reads the immutable version rows of one kind of record. Rows are only ever
 * inserted: nothing here updates or deletes them.
 */
class VersionRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String insert;

	private final String select;

	private VersionRepository(JdbcClient jdbc, JdbcTemplate template, String table, String idColumn) {
		this.jdbc = jdbc;
		this.template = template;
		this.insert = "insert into " + table + " (" + idColumn
				+ ", version, snapshot, changes, actor_id, recorded_at, source, reason) values (?, ?, ?, ?, ?, ?, ?, ?)";
		this.select = "select v." + idColumn + " as record_id, v.version, v.snapshot, v.changes, v.actor_id, u.name as actor_name,"
				+ " v.recorded_at, v.source, v.reason from " + table + " v join users u on u.id = v.actor_id where v."
				+ idColumn + " = ? order by v.version desc";
	}

	static VersionRepository customers(JdbcClient jdbc, JdbcTemplate template) {
		return new VersionRepository(jdbc, template, "customer_version", "customer_id");
	}

	static VersionRepository contacts(JdbcClient jdbc, JdbcTemplate template) {
		return new VersionRepository(jdbc, template, "contact_version", "contact_id");
	}

	void appendAll(List<RecordVersion> versions) {
		template.batchUpdate(insert, versions.stream()
			.map(v -> new Object[] { v.recordId(), v.version(), v.snapshot(), ProfileJson.changesJson(v.changes()),
					v.actorId(), utc(v.recordedAt()), v.source(), v.reason() })
			.toList());
	}

	List<RecordVersion> list(UUID recordId) {
		return jdbc.sql(select)
			.param(recordId)
			.query((rs, row) -> new RecordVersion(rs.getObject("record_id", UUID.class), rs.getInt("version"),
					rs.getString("snapshot"), ProfileJson.readChanges(rs.getString("changes")),
					rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), instant(rs, "recorded_at"),
					rs.getString("source"), rs.getString("reason")))
			.list();
	}

}
