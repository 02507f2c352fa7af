package dev.clientele.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dev.clientele.audit.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_log} rows and the head of the chain. Entries are only ever inserted. */
@Repository
class AuditRepository {

	/** The link before the first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final String SELECT = """
			select seq, at, actor_id, client_ip, action, entity, entity_id, fields, outcome, detail, hash from audit_log""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditLock lock;

	AuditRepository(JdbcClient jdbc, JdbcTemplate template, AuditLock lock) {
		this.jdbc = jdbc;
		this.template = template;
		this.lock = lock;
	}

	/** The chain's head, locked until the transaction ends. */
	Head lockHead() {
		lock.acquire();
		return jdbc.sql("select seq, hash from audit_head where id = 1" + lock.rowLockClause())
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
	}

	void append(AuditEntry entry, String hash) {
		jdbc.sql("""
				insert into audit_log (seq, at, actor_id, client_ip, action, entity, entity_id, fields, outcome, detail, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.seq(), OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.actorId(), entry.clientIp(),
					entry.action(), entry.entity(), entry.entityId(), String.join(",", entry.fields()), entry.outcome(),
					entry.detail(), hash)
			.update();
		jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(entry.seq(), hash).update();
	}

	List<AuditEntry> find(UUID actorId, String action, String entity, String entityId, Instant from, Instant to,
			Long before, int limit) {
		List<String> where = new ArrayList<>(List.of("1 = 1"));
		Map<String, Object> params = new LinkedHashMap<>();
		add(where, params, "actor_id = :actor", "actor", actorId);
		add(where, params, "action = :action", "action", action);
		add(where, params, "entity = :entity", "entity", entity);
		add(where, params, "entity_id = :entityId", "entityId", entityId);
		add(where, params, "at >= :from", "from", from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
		add(where, params, "at < :to", "to", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		add(where, params, "seq < :before", "before", before);
		params.put("limit", limit);
		return jdbc.sql(SELECT + " where " + String.join(" and ", where) + " order by seq desc fetch first :limit rows only")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Streams every entry with its stored hash, oldest first. */
	void each(Consumer<Stored> consumer) {
		template.setFetchSize(1000);
		template.query(SELECT + " order by seq", rs -> {
			consumer.accept(new Stored(map(rs), rs.getString("hash")));
		});
	}

	private static void add(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			where.add(condition);
			params.put(name, value);
		}
	}

	private static AuditEntry map(ResultSet rs) throws SQLException {
		String fields = rs.getString("fields");
		return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("client_ip"), rs.getString("action"),
				rs.getString("entity"), rs.getString("entity_id"),
				fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")), rs.getString("outcome"),
				rs.getString("detail"));
	}

	record Head(long seq, String hash) {
	}

	record Stored(AuditEntry entry, String hash) {
	}

}
