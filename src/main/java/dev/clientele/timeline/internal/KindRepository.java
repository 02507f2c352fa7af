package dev.clientele.timeline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.clientele.timeline.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

import static dev.clientele.shared.SqlTimestamps.utc;

/** The kinds administrators added, with their statuses and typed attributes (as JSON). */
@Repository
class KindRepository {

	private static final TypeReference<List<EntryKind.Attribute>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	KindRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EntryKind> all() {
		return jdbc.sql("select kind, label_zh, label_en, money, statuses, attributes from timeline_kinds order by created_at, kind")
			.query(KindRepository::map)
			.list();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the key is taken
	 */
	void insert(EntryKind kind, UUID actorId, Instant at) {
		jdbc.sql("""
				insert into timeline_kinds (kind, label_zh, label_en, money, statuses, attributes, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind.key(), kind.labelZh(), kind.labelEn(), kind.money(), String.join(",", kind.statuses()),
					EntryRepository.JSON.writeValueAsString(kind.attributes()), actorId, utc(at))
			.update();
	}

	private static EntryKind map(ResultSet rs, int row) throws SQLException {
		String statuses = rs.getString("statuses");
		return new EntryKind(rs.getString("kind"), rs.getString("label_zh"), rs.getString("label_en"),
				rs.getBoolean("money"), false, statuses.isEmpty() ? List.of() : Arrays.asList(statuses.split(",")),
				EntryRepository.JSON.readValue(rs.getString("attributes"), ATTRIBUTES), false);
	}

}
