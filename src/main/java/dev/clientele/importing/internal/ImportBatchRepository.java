package dev.clientele.importing.internal;

import static dev.clientele.shared.SqlTimestamps.instant;
import static dev.clientele.shared.SqlTimestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.LoadMode;
import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportCounts;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportOptions;
import dev.clientele.importing.ImportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs and their progress: each step commits its counts and the last row it judged. */
@Repository
class ImportBatchRepository {

	private static final String SELECT = """
			select b.*, f.size_bytes from import_batches b join import_files f on f.sha256 = b.file_sha256""";

	private final JdbcClient jdbc;

	ImportBatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A job with what the worker needs beyond what its user sees.
	 *
	 * @param revertedBy who asked for the revert, or {@code null}
	 * @param revertRow the lowest row a revert has taken back so far, or {@code null} before its first step
	 * @param revertDeleted how many customers the revert has put in the recycle bin so far
	 * @param revertRestored how many customers the revert has given their values back so far
	 */
	record Batch(ImportJob job, long lastRow, Instant heartbeatAt, UUID revertedBy, Long revertRow, long revertDeleted,
			long revertRestored) {

		UUID id() {
			return job.id();
		}

	}

	void insertFile(String sha256, long size, Instant now) {
		boolean known = jdbc.sql("select count(*) from import_files where sha256 = ?").param(sha256).query(Long.class).single() > 0;
		if (!known) {
			jdbc.sql("insert into import_files (sha256, size_bytes, stored_at) values (?, ?, ?)")
				.params(sha256, size, utc(now))
				.update();
		}
	}

	boolean fileInUse(String sha256) {
		return jdbc.sql("select count(*) from import_batches where file_sha256 = ?").param(sha256).query(Long.class).single() > 0;
	}

	void deleteFile(String sha256) {
		jdbc.sql("delete from import_files where sha256 = ?").param(sha256).update();
	}

	void insert(UUID id, String sha256, String fileName, ImportOptions options, ImportStatus status, UUID user,
			Instant now) {
		jdbc.sql("""
				insert into import_batches (id, file_sha256, file_name, encoding, mode, match_by, mapping, dry_run, status,
				    last_row, created_count, updated_count, unchanged_count, skipped_count, rejected_count, created_by,
				    created_at, redacted)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0, 0, 0, ?, ?, false)""")
			.params(id, sha256, fileName, options.encoding(), options.mode().key(), options.matchByText(), options.mapping(),
					options.dryRun(), status.key(), user, utc(now))
			.update();
	}

	Optional<Batch> find(UUID id) {
		return jdbc.sql(SELECT + " where b.id = ?").param(id).query(ImportBatchRepository::map).optional();
	}

	/** Locks the job's row until the end of the transaction. */
	Optional<Batch> findForUpdate(UUID id) {
		jdbc.sql("select id from import_batches where id = ? for update").param(id).query(UUID.class).optional();
		return find(id);
	}

	List<Batch> recent(UUID user, int limit) {
		return jdbc.sql(SELECT + " where b.created_by = ? order by b.created_at desc, b.id fetch first " + limit + " rows only")
			.param(user)
			.query(ImportBatchRepository::map)
			.list();
	}

	List<Batch> bySha256(String sha256) {
		return jdbc.sql(SELECT + " where b.file_sha256 = ?").param(sha256).query(ImportBatchRepository::map).list();
	}

	void configure(UUID id, ImportOptions options) {
		jdbc.sql("update import_batches set encoding = ?, mode = ?, match_by = ?, mapping = ?, dry_run = ? where id = ?")
			.params(options.encoding(), options.mode().key(), options.matchByText(), options.mapping(), options.dryRun(), id)
			.update();
	}

	void queue(UUID id) {
		jdbc.sql("update import_batches set status = 'queued' where id = ? and status = 'draft'").param(id).update();
	}

	/**
	 * Claims a job for this worker: a queued one, a running one whose worker stopped beating (a
	 * killed process), or a revert nobody runs. The claim is a compare-and-set, so two workers never
	 * run one job. A revert keeps its status while it runs.
	 */
	Optional<UUID> claim(Instant now, Instant staleBefore) {
		List<Batch> candidates = jdbc.sql(SELECT + " " + """
				where b.status = 'queued'
				   or (b.status in ('running', 'reverting') and (b.heartbeat_at is null or b.heartbeat_at < ?))
				order by b.created_at fetch first 5 rows only""")
			.param(utc(staleBefore))
			.query(ImportBatchRepository::map)
			.list();
		for (Batch batch : candidates) {
			int claimed = jdbc.sql("""
					update import_batches set status = case when status = 'reverting' then 'reverting' else 'running' end,
					    heartbeat_at = ?, started_at = coalesce(started_at, ?)
					where id = ? and status = ? and (heartbeat_at is null or heartbeat_at = ?)""")
				.params(utc(now), utc(now), batch.id(), batch.job().status().key(), utc(batch.heartbeatAt()))
				.update();
			if (claimed == 1) {
				return Optional.of(batch.id());
			}
		}
		return Optional.empty();
	}

	void total(UUID id, long rows) {
		jdbc.sql("update import_batches set rows_total = ? where id = ?").params(rows, id).update();
	}

	/** Adds a step's counts and moves the job on to the row after {@code lastRow}. */
	void progress(UUID id, long lastRow, ImportCounts step, Instant now) {
		jdbc.sql("""
				update import_batches set last_row = ?, created_count = created_count + ?, updated_count = updated_count + ?,
				    unchanged_count = unchanged_count + ?, skipped_count = skipped_count + ?,
				    rejected_count = rejected_count + ?, heartbeat_at = ?
				where id = ?""")
			.params(lastRow, step.created(), step.updated(), step.unchanged(), step.skipped(), step.rejected(), utc(now), id)
			.update();
	}

	void heartbeat(UUID id, Instant now) {
		jdbc.sql("update import_batches set heartbeat_at = ? where id = ?").params(utc(now), id).update();
	}

	/** Hands a job back to the queue (its worker stops between two steps); a revert stays one. */
	void requeue(UUID id) {
		jdbc.sql("""
				update import_batches set status = case when status = 'running' then 'queued' else status end,
				    heartbeat_at = null
				where id = ? and status in ('running', 'reverting')""")
			.param(id)
			.update();
	}

	/** Back to the first row with nothing counted (a dry run interrupted keeps nothing of its run). */
	void restart(UUID id) {
		jdbc.sql("""
				update import_batches set last_row = 1, created_count = 0, updated_count = 0, unchanged_count = 0,
				    skipped_count = 0, rejected_count = 0 where id = ?""")
			.param(id)
			.update();
	}

	void finish(UUID id, ImportStatus status, String failure, Instant now) {
		jdbc.sql("update import_batches set status = ?, failure = ?, finished_at = ?, heartbeat_at = null where id = ?")
			.params(status.key(), failure, utc(now), id)
			.update();
	}

	/** Queues a completed job's revert for the worker, to run as {@code user}. */
	void requestRevert(UUID id, UUID user) {
		jdbc.sql("""
				update import_batches set status = 'reverting', reverted_by = ?, failure = null, heartbeat_at = null
				where id = ? and status = 'completed'""")
			.params(user, id)
			.update();
	}

	/** Records a revert step: the lowest row it reached and what it took back. */
	void revertProgress(UUID id, long row, long deleted, long restored, Instant now) {
		jdbc.sql("""
				update import_batches set revert_row = ?, revert_deleted = revert_deleted + ?,
				    revert_restored = revert_restored + ?, heartbeat_at = ?
				where id = ?""")
			.params(row, deleted, restored, utc(now), id)
			.update();
	}

	void reverted(UUID id, Instant now) {
		jdbc.sql("update import_batches set status = 'reverted', reverted_at = ?, heartbeat_at = null where id = ?")
			.params(utc(now), id)
			.update();
	}

	/**
	 * A revert that could not go on: the job is completed again with the reason, so that it can be
	 * reverted again later, from the row the revert reached.
	 */
	void revertFailed(UUID id, String failure) {
		jdbc.sql("update import_batches set status = 'completed', failure = ?, heartbeat_at = null where id = ?")
			.params(failure, id)
			.update();
	}

	/** Points the job at a copy of its file with rows taken out. */
	void redacted(UUID id, String sha256, String fileName) {
		jdbc.sql("update import_batches set redacted = true, file_sha256 = ?, file_name = ? where id = ?")
			.params(sha256, fileName, id)
			.update();
	}

	private static Batch map(ResultSet rs, int row) throws SQLException {
		ImportOptions options = new ImportOptions(rs.getString("encoding"),
				LoadMode.valueOf(rs.getString("mode").toUpperCase(Locale.ROOT)), matchBy(rs.getString("match_by")),
				rs.getString("mapping"), rs.getBoolean("dry_run"));
		ImportCounts counts = new ImportCounts(rs.getLong("created_count"), rs.getLong("updated_count"),
				rs.getLong("unchanged_count"), rs.getLong("skipped_count"), rs.getLong("rejected_count"));
		long counted = rs.getLong("rows_total");
		Long total = rs.wasNull() ? null : counted;
		ImportJob job = new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("file_sha256"),
				rs.getLong("size_bytes"), options, ImportStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				total, counts, rs.getString("failure"), rs.getObject("created_by", UUID.class),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
				instant(rs, "reverted_at"), rs.getBoolean("redacted"));
		long revertRow = rs.getLong("revert_row");
		Long reached = rs.wasNull() ? null : revertRow;
		return new Batch(job, rs.getLong("last_row"), instant(rs, "heartbeat_at"), rs.getObject("reverted_by", UUID.class),
				reached, rs.getLong("revert_deleted"), rs.getLong("revert_restored"));
	}

	static Set<MatchKey> matchBy(String text) {
		Set<MatchKey> keys = EnumSet.noneOf(MatchKey.class);
		Arrays.stream(text.split(",")).filter(k -> !k.isBlank())
			.forEach(k -> keys.add(MatchKey.valueOf(k.strip().toUpperCase(Locale.ROOT))));
		return keys;
	}

}
