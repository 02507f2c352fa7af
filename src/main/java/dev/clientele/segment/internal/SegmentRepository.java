package dev.clientele.segment.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.segment.Segment;
import dev.clientele.segment.SegmentKind;
import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code segments} and {@code segment_members} tables. */
@Repository
class SegmentRepository {

	private static final String SELECT = """
			select id, name, description, kind, filter, taken_from, member_count, created_at, created_by, updated_at,
			       updated_by
			from segments""";

	private static final BulkInsert.Table MEMBERS = BulkInsert.Table.of("segment_members", "segment_id", "customer_id");

	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	SegmentRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	List<Segment> findLive() {
		return jdbc.sql(SELECT + " where archived_at is null order by lower(name), id").query(SegmentRepository::map).list();
	}

	Optional<Segment> findLive(UUID id) {
		return jdbc.sql(SELECT + " where id = ? and archived_at is null").param(id).query(SegmentRepository::map).optional();
	}

	void insert(Segment s) {
		jdbc.sql("""
				insert into segments (id, name, description, kind, filter, taken_from, member_count, created_at, created_by,
				                      updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.name(), s.description(), s.kind().key(), s.filter(), s.takenFrom(), s.frozenMembers(),
					utc(s.createdAt()), s.createdBy(), utc(s.updatedAt()), s.updatedBy())
			.update();
	}

	void update(Segment s) {
		jdbc.sql("update segments set name = ?, description = ?, filter = ?, updated_at = ?, updated_by = ? where id = ?")
			.params(s.name(), s.description(), s.filter(), utc(s.updatedAt()), s.updatedBy(), s.id())
			.update();
	}

	/** Archives a segment and forgets its frozen members. */
	void archive(UUID id, Instant at, UUID by) {
		jdbc.sql("delete from segment_members where segment_id = ?").param(id).update();
		jdbc.sql("update segments set archived_at = ?, updated_at = ?, updated_by = ? where id = ?")
			.params(utc(at), utc(at), by, id)
			.update();
	}

	/** Freezes the members of a snapshot, in chunks so that memory stays flat for a million. */
	void insertMembers(UUID segmentId, List<UUID> customerIds) {
		for (List<UUID> chunk : Chunks.of(customerIds, CHUNK)) {
			List<Object[]> rows = new ArrayList<>();
			for (UUID customerId : chunk) {
				rows.add(new Object[] { segmentId, customerId });
			}
			bulk.insert(MEMBERS, rows);
		}
		bulk.refreshStatistics(List.of(MEMBERS.name()));
	}

	/** The live snapshots a customer is a frozen member of, for the subject's export. */
	List<Segment> snapshotsOf(UUID customerId) {
		return jdbc.sql(SELECT + " where archived_at is null and id in (select segment_id from segment_members where customer_id = ?)"
				+ " order by created_at, id")
			.param(customerId)
			.query(SegmentRepository::map)
			.list();
	}

	int removeMember(UUID customerId) {
		return jdbc.sql("delete from segment_members where customer_id = ?").param(customerId).update();
	}

	private static Segment map(ResultSet rs, int row) throws SQLException {
		return new Segment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				SegmentKind.fromKey(rs.getString("kind")).orElseThrow(), rs.getString("filter"),
				rs.getObject("taken_from", UUID.class), rs.getObject("member_count", Integer.class), instant(rs, "created_at"),
				rs.getObject("created_by", UUID.class), instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class));
	}

}
