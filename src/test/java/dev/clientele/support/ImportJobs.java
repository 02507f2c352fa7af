package dev.clientele.support;

import java.time.Duration;
import java.util.Locale;

import dev.clientele.importing.ImportStatus;
import tools.jackson.databind.JsonNode;

/** Follows import jobs through the API, as a client does. */
public final class ImportJobs {

	/** How long a test's import of a few rows may take on a busy machine. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** How often a test asks again. */
	public static final Duration INTERVAL = Duration.ofMillis(100);

	private ImportJobs() {
	}

	/** Waits until the job has finished (completed, failed or reverted) and returns it as the API shows it. */
	public static JsonNode finished(Api api, String id) {
		return Poll.until(TIMEOUT, INTERVAL, () -> job(api, id), ImportJobs::isFinished,
				() -> "Import " + id + " did not finish");
	}

	/** The job as {@code GET /api/v1/imports/{id}} shows it. */
	public static JsonNode job(Api api, String id) {
		return api.get("/api/v1/imports/" + id).json();
	}

	/** Whether the job has finished, by {@link ImportStatus#finished()}. */
	public static boolean isFinished(JsonNode job) {
		return ImportStatus.valueOf(job.get("status").asString().toUpperCase(Locale.ROOT)).finished();
	}

}
