package dev.clientele.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customer.LoadMode;
import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportCounts;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportOptions;
import dev.clientele.importing.ImportStatus;
import org.junit.jupiter.api.Test;

class ImportProgressTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void aRunningImportSaysHowFarItIsHowFastItGoesAndHowLongItStillNeeds() {
		ImportProgress progress = ImportProgress.of(job(ImportStatus.RUNNING, 10_000L, 2_500, 100), NOW);

		assertThat(progress.percent()).isEqualTo(25);
		assertThat(progress.rowsPerSecond()).isEqualTo(25.0);
		assertThat(progress.polling()).isTrue();
		assertThat(progress.counting()).isFalse();
		assertThat(progress.timeLeftKey()).isEqualTo("imports.left.minutes");
		assertThat(progress.timeLeftMajor()).isEqualTo(5);
		assertThat(progress.timeLeftMinor()).isEqualTo(0);
	}

	@Test
	void theTimeLeftIsSaidInSecondsUnderAMinuteAndInHoursAndMinutesFromAnHour() {
		ImportProgress seconds = ImportProgress.of(job(ImportStatus.RUNNING, 1_000L, 950, 95), NOW);
		ImportProgress hours = ImportProgress.of(job(ImportStatus.RUNNING, 1_000_000L, 1_000, 10), NOW);

		assertThat(seconds.timeLeftKey()).isEqualTo("imports.left.seconds");
		assertThat(seconds.timeLeftMajor()).isEqualTo(5);
		assertThat(hours.timeLeftKey()).isEqualTo("imports.left.hours");
		assertThat(hours.timeLeftMajor()).isEqualTo(2);
		assertThat(hours.timeLeftMinor()).isEqualTo(46);
	}

	@Test
	void aStartedImportWhoseRowsAreNotCountedYetIsCounting() {
		ImportProgress progress = ImportProgress.of(job(ImportStatus.QUEUED, null, 0, 0), NOW);

		assertThat(progress.counting()).isTrue();
		assertThat(progress.percent()).isZero();
		assertThat(progress.secondsLeft()).isNull();
	}

	@Test
	void onlyACompletedImportThatWasNoDryRunCanBeRevertedAndAFinishedOneIsNotPolled() {
		ImportProgress completed = ImportProgress.of(job(ImportStatus.COMPLETED, 10L, 10, 10), NOW);
		ImportProgress failed = ImportProgress.of(job(ImportStatus.FAILED, 10L, 3, 10), NOW);

		assertThat(completed.revertible()).isTrue();
		assertThat(completed.polling()).isFalse();
		assertThat(completed.percent()).isEqualTo(100);
		assertThat(completed.count("created")).isEqualTo(10);
		assertThat(failed.revertible()).isFalse();
		assertThat(failed.finished()).isTrue();
		assertThat(completed.matchLabels()).containsExactly("imports.match.phone", "imports.match.name");
	}

	/** A job with {@code done} rows created in the {@code secondsAgo} since it started. */
	private static ImportJob job(ImportStatus status, Long total, long done, long secondsAgo) {
		ImportOptions options = new ImportOptions(null, LoadMode.CREATE, Set.of(MatchKey.NAME, MatchKey.PHONE), null, false);
		Instant started = status == ImportStatus.QUEUED && done == 0 ? null : NOW.minusSeconds(secondsAgo);
		Instant finished = status.finished() ? NOW : null;
		return new ImportJob(UUID.randomUUID(), "a.csv", "0".repeat(64), 10, options, status, total,
				new ImportCounts(done, 0, 0, 0, 0), null, UUID.randomUUID(), NOW.minusSeconds(600), started, finished, null,
				false);
	}

}
