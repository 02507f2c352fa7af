package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobTextTests {

	static final Job.Counts NONE = new Job.Counts(0, 0, 0, 0, 0);

	@Test
	void aRunningJobWithCountedRowsShowsABarPercentRowsPaceAndTimeLeft() {
		Job job = new Job("j1", "running", false, 10_000L, 4_200, new Job.Counts(4_000, 0, 0, 0, 200), 1_250.4, 5L, null);

		assertThat(JobText.progress(job))
			.isEqualTo("[##########..............]  42%  4,200/10,000 rows  1,250 rows/s  0:05 left");
	}

	@Test
	void aJobWhoseRowsAreNotCountedYetShowsRowsDoneWithoutABar() {
		Job job = new Job("j1", "running", false, null, 300, NONE, 2.5, null, null);

		assertThat(JobText.progress(job)).isEqualTo("running  300 rows  2.5 rows/s");
	}

	@Test
	void aRunningJobWithEveryRowJudgedSaysItIsFinishing() {
		Job job = new Job("j1", "running", true, 200L, 200, new Job.Counts(200, 0, 0, 0, 0), 100, 0L, null);

		assertThat(JobText.progress(job)).endsWith("200/200 rows  100 rows/s  finishing");
	}

	@Test
	void aQueuedJobSaysItWaits() {
		assertThat(JobText.progress(new Job("j1", "queued", false, null, 0, NONE, 0, null, null))).startsWith("queued");
	}

	@Test
	void aCompletedJobIsAFullBar() {
		Job job = new Job("j1", "completed", false, 3L, 3, new Job.Counts(3, 0, 0, 0, 0), 30, null, null);

		assertThat(JobText.progress(job)).startsWith("[" + "#".repeat(JobText.BAR_WIDTH) + "] 100%  3/3 rows");
	}

	@Test
	void theSummaryCountsWhatEveryRowDid() {
		Job job = new Job("j1", "completed", false, 120L, 120, new Job.Counts(100, 15, 0, 3, 2), 0, null, null);

		assertThat(JobText.summary(job))
			.isEqualTo("Import j1 completed: 120 rows, 100 created, 15 updated, 0 unchanged, 3 skipped, 2 rejected.");
	}

	@Test
	void aDryRunsSummarySaysNothingWasWritten() {
		Job job = new Job("j1", "completed", true, 2L, 2, new Job.Counts(1, 0, 0, 0, 1), 0, null, null);

		assertThat(JobText.summary(job)).isEqualTo("Dry run j1 completed, nothing written: 2 rows, 1 would be created, "
				+ "0 would be updated, 0 unchanged, 0 would be skipped, 1 would be rejected.");
	}

	@Test
	void oneRowIsARow() {
		Job job = new Job("j1", "completed", false, 1L, 1, new Job.Counts(1, 0, 0, 0, 0), 0, null, null);

		assertThat(JobText.summary(job)).contains("completed: 1 row, 1 created");
	}

	@Test
	void timeLeftReadsAsMinutesAndSecondsOrHours() {
		assertThat(JobText.duration(5)).isEqualTo("0:05");
		assertThat(JobText.duration(750)).isEqualTo("12:30");
		assertThat(JobText.duration(3723)).isEqualTo("1:02:03");
	}

}
