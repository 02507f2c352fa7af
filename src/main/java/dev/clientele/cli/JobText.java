package dev.clientele.cli;

import java.util.Locale;

/** What the command says about a job: its progress in one line, and the counts at the end. */
final class JobText {

	static final int BAR_WIDTH = 24;

	private JobText() {
	}

	/**
	 * {@code [##########..............]  42%  4,200/10,000 rows  1,250 rows/s  0:05 left}; without a
	 * bar while the rows are not counted yet.
	 */
	static String progress(Job job) {
		if (job.status().equals("queued")) {
			return "queued, waiting for the server to start it";
		}
		StringBuilder line = new StringBuilder();
		Long total = job.rowsTotal();
		if (total != null && total > 0) {
			long done = Math.min(job.rowsDone(), total);
			int filled = (int) (done * BAR_WIDTH / total);
			line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append(']')
				.append(String.format(Locale.ROOT, " %3d%%  ", done * 100 / total))
				.append(String.format(Locale.ROOT, "%,d/%,d rows", job.rowsDone(), total));
		}
		else {
			line.append(job.status()).append(String.format(Locale.ROOT, "  %,d rows", job.rowsDone()));
		}
		if (job.rowsPerSecond() > 0) {
			line.append(String.format(Locale.ROOT, job.rowsPerSecond() >= 10 ? "  %,.0f rows/s" : "  %.1f rows/s",
					job.rowsPerSecond()));
		}
		if (job.status().equals("running") && total != null && job.rowsDone() >= total) {
			line.append("  finishing");
		}
		else if (job.secondsLeft() != null) {
			line.append("  ").append(duration(job.secondsLeft())).append(" left");
		}
		return line.toString();
	}

	/**
	 * {@code Import 1f0c… completed: 120 rows, 100 created, 15 updated, 0 unchanged, 3 skipped, 2 rejected.};
	 * a dry run says what would be.
	 */
	static String summary(Job job) {
		Job.Counts counts = job.counts();
		String verb = job.dryRun() ? "would be " : "";
		return String.format(Locale.ROOT,
				"%s %s %s%s: %,d %s, %,d %screated, %,d %supdated, %,d unchanged, %,d %sskipped, %,d %srejected.",
				job.dryRun() ? "Dry run" : "Import", job.id(), job.status(), job.dryRun() ? ", nothing written" : "",
				job.rowsDone(), job.rowsDone() == 1 ? "row" : "rows", counts.created(), verb, counts.updated(), verb, counts.unchanged(), counts.skipped(), verb,
				counts.rejected(), verb);
	}

	/** {@code 0:05}, {@code 12:30}, {@code 1:02:03}. */
	static String duration(long seconds) {
		long hours = seconds / 3600;
		long minutes = seconds % 3600 / 60;
		return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
				: String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
	}

}
