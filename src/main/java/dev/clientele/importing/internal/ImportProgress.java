package dev.clientele.importing.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportCounts;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportStatus;

/**
 * A started import as its page shows it: how far it is, how fast it goes and how long it still
 * needs, until it has finished.
 *
 * @param percent the share of rows judged, 0 while the rows are not counted yet
 * @param secondsLeft at the current pace, or {@code null} when unknown
 */
record ImportProgress(ImportJob job, int percent, double rowsPerSecond, Long secondsLeft) {

	static ImportProgress of(ImportJob job, Instant now) {
		Long total = job.rowsTotal();
		long done = job.counts().done();
		int percent;
		if (job.status() == ImportStatus.COMPLETED || job.status() == ImportStatus.REVERTED) {
			percent = 100;
		}
		else if (total == null || total == 0) {
			percent = 0;
		}
		else {
			percent = (int) Math.min(100, done * 100 / total);
		}
		return new ImportProgress(job, percent, job.rowsPerSecond(now), job.secondsLeft(now));
	}

	/** Whether the page should ask again: the job waits, runs or is being reverted. */
	public boolean polling() {
		return job.status() == ImportStatus.QUEUED || job.status() == ImportStatus.RUNNING || reverting();
	}

	/** Whether the job's revert is under way. */
	public boolean reverting() {
		return job.status() == ImportStatus.REVERTING;
	}

	/** Whether the rows are being counted: the job has started but its total is not known yet. */
	public boolean counting() {
		return polling() && !reverting() && job.rowsTotal() == null;
	}

	/** Whether the job can be undone: it completed and was not a dry run. */
	public boolean revertible() {
		return job.status() == ImportStatus.COMPLETED && !job.options().dryRun();
	}

	/** Whether the result and its files can be shown. */
	public boolean finished() {
		return job.status().finished();
	}

	/** A count by its name: {@code created}, {@code updated}, {@code unchanged}, {@code skipped} or {@code rejected}. */
	public long count(String name) {
		ImportCounts counts = job.counts();
		return switch (name) {
			case "created" -> counts.created();
			case "updated" -> counts.updated();
			case "unchanged" -> counts.unchanged();
			case "skipped" -> counts.skipped();
			case "rejected" -> counts.rejected();
			default -> throw new IllegalArgumentException("No count " + name);
		};
	}

	/** The message keys of the match keys, in their fixed order. */
	public List<String> matchLabels() {
		return Arrays.stream(MatchKey.values())
			.filter(job.options().matchBy()::contains)
			.map(key -> "imports.match." + key.key())
			.toList();
	}

	/** The message that says the time left: seconds, minutes and seconds, or hours and minutes. */
	public String timeLeftKey() {
		long seconds = secondsLeft == null ? 0 : secondsLeft;
		return seconds < 60 ? "imports.left.seconds" : seconds < 3600 ? "imports.left.minutes" : "imports.left.hours";
	}

	/** The larger unit of the time left (seconds, minutes or hours as {@link #timeLeftKey()} says). */
	public long timeLeftMajor() {
		long seconds = secondsLeft == null ? 0 : secondsLeft;
		return seconds < 60 ? seconds : seconds < 3600 ? seconds / 60 : seconds / 3600;
	}

	/** The smaller unit of the time left (seconds after the minutes, minutes after the hours). */
	public long timeLeftMinor() {
		long seconds = secondsLeft == null ? 0 : secondsLeft;
		return seconds < 3600 ? seconds % 60 : seconds % 3600 / 60;
	}

}
