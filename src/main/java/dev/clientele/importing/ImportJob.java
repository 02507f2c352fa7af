package dev.clientele.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An import as its user follows it.
 *
 * @param fileSha256 the stored file's content address
 * @param rowsTotal the file's data rows, once counted ({@code null} before the job starts)
 * @param redacted whether an erasure took rows out of the stored file
 */
public record ImportJob(UUID id, String fileName, String fileSha256, long fileSize, ImportOptions options,
		ImportStatus status, Long rowsTotal, ImportCounts counts, String failure, UUID createdBy, Instant createdAt,
		Instant startedAt, Instant finishedAt, Instant revertedAt, boolean redacted) {

	/** Rows judged per second since the job started (until it finished); 0 before. */
	public double rowsPerSecond(Instant now) {
		if (startedAt == null) {
			return 0;
		}
		Instant end = finishedAt == null ? now : finishedAt;
		double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
		return counts.done() / seconds;
	}

	/** Seconds left at the current pace, or {@code null} when unknown or finished. */
	public Long secondsLeft(Instant now) {
		double pace = rowsPerSecond(now);
		if (status != ImportStatus.RUNNING || rowsTotal == null || pace <= 0) {
			return null;
		}
		return Math.round(Math.max(0, rowsTotal - counts.done()) / pace);
	}

	/** Whether the job has rows that were rejected (an error report is available). */
	public boolean hasRejections() {
		return counts.rejected() > 0;
	}

}
