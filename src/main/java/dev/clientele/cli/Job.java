package dev.clientele.cli;

import tools.jackson.databind.JsonNode;

/**
 * An import job as {@code GET /api/v1/imports/{id}} shows it, with only what the command needs.
 *
 * @param rowsTotal the rows of the file, or {@code null} while they are not counted yet
 * @param secondsLeft the time left at the current pace, or {@code null} when unknown
 * @param failure why a {@code failed} job stopped, or {@code null}
 */
record Job(String id, String status, boolean dryRun, Long rowsTotal, long rowsDone, Counts counts,
		double rowsPerSecond, Long secondsLeft, String failure) {

	/** How many rows did what. */
	record Counts(long created, long updated, long unchanged, long skipped, long rejected) {

		static Counts of(JsonNode counts) {
			return new Counts(counts.path("created").asLong(0), counts.path("updated").asLong(0),
					counts.path("unchanged").asLong(0), counts.path("skipped").asLong(0),
					counts.path("rejected").asLong(0));
		}

	}

	static Job of(JsonNode job) {
		return new Job(job.path("id").asString(""), job.path("status").asString(""), job.path("dryRun").asBoolean(false),
				number(job.path("rowsTotal")), job.path("rowsDone").asLong(0), Counts.of(job.path("counts")),
				job.path("rowsPerSecond").asDouble(0), number(job.path("secondsLeft")),
				job.path("failure").isString() ? job.path("failure").asString() : null);
	}

	/** Whether the job will not change any more: completed, failed or reverted. */
	boolean finished() {
		return status.equals("completed") || status.equals("failed") || status.equals("reverted");
	}

	private static Long number(JsonNode node) {
		return node.isNumber() ? node.asLong() : null;
	}

}
