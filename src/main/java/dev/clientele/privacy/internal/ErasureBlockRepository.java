package dev.clientele.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.privacy.ErasureBlock;
import dev.clientele.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code erasure_blocks} rows: one keyed hash per blocked phone or email. */
@Repository
class ErasureBlockRepository {

	/** Hashes per {@code in} list, well under every database's parameter limit. */
	private static final int CHUNK = 500;

	private static final String SELECT = "select hash, kind, customer_id, created_at, created_by from erasure_blocks";

	private final JdbcClient jdbc;

	ErasureBlockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a block unless the hash is blocked already, also when another erasure blocks the same
	 * value at the same moment.
	 *
	 * @return whether it was added
	 */
	boolean add(ErasureBlock block) {
		return jdbc.sql("""
				insert into erasure_blocks (hash, kind, customer_id, created_at, created_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(block.hash(), block.kind(), block.customerId(),
					OffsetDateTime.ofInstant(block.createdAt(), ZoneOffset.UTC), block.createdBy())
			.update() == 1;
	}

	/** Which of these hashes are blocked. */
	Set<String> blocked(List<String> hashes) {
		Set<String> found = new HashSet<>();
		for (List<String> chunk : Chunks.of(hashes, CHUNK)) {
			found.addAll(jdbc.sql("select hash from erasure_blocks where hash in (:hashes)")
				.param("hashes", chunk)
				.query(String.class)
				.list());
		}
		return found;
	}

	Optional<ErasureBlock> find(String hash) {
		return jdbc.sql(SELECT + " where hash = ?").param(hash).query(ErasureBlockRepository::map).optional();
	}

	List<ErasureBlock> all() {
		return new ArrayList<>(jdbc.sql(SELECT + " order by created_at desc, hash").query(ErasureBlockRepository::map).list());
	}

	boolean remove(String hash) {
		return jdbc.sql("delete from erasure_blocks where hash = ?").param(hash).update() == 1;
	}

	private static ErasureBlock map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		Instant createdAt = created == null ? null : created.toInstant();
		return new ErasureBlock(rs.getString("hash"), rs.getString("kind"), rs.getObject("customer_id", UUID.class),
				createdAt, rs.getObject("created_by", UUID.class));
	}

}
