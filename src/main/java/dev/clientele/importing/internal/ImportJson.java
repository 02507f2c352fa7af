package dev.clientele.importing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportCounts;
import dev.clientele.importing.ImportJob;

/** An import job as the API shows it. */
record ImportJson(UUID id, String fileName, String sha256, long fileSize, String status, String mode,
		List<String> matchBy, String encoding, String mapping, boolean dryRun, Long rowsTotal, long rowsDone,
		ImportCounts counts, double rowsPerSecond, Long secondsLeft, String failure, Instant createdAt,
		Instant startedAt, Instant finishedAt, Instant revertedAt, boolean redacted, Map<String, String> links) {

	static ImportJson of(ImportJob job, Instant now) {
		String self = "/api/v1/imports/" + job.id();
		return new ImportJson(job.id(), job.fileName(), job.fileSha256(), job.fileSize(), job.status().key(),
				job.options().mode().key(), job.options().matchBy().stream().sorted().map(MatchKey::key).toList(),
				job.options().encoding(), job.options().mapping(), job.options().dryRun(), job.rowsTotal(),
				job.counts().done(), job.counts(), Math.round(job.rowsPerSecond(now) * 10) / 10.0, job.secondsLeft(now),
				job.failure(), job.createdAt(), job.startedAt(), job.finishedAt(), job.revertedAt(), job.redacted(),
				Map.of("self", self, "errors", self + "/errors?format=csv", "raw", self + "/raw", "preview",
						self + "/preview"));
	}

}
