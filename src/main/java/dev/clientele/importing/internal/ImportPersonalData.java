package dev.clientele.importing.internal;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.clientele.privacy.ErasureContext;
import dev.clientele.privacy.ErasureCounts;
import dev.clientele.privacy.PersonalDataPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The import module's share of a customer's data: the original rows that created, updated or
 * matched the customer. Erasure strips those rows (in every import of the same file) and writes
 * each stored file again without them, marking its imports redacted; the old file is deleted once
 * the erasure commits.
 */
@Component
class ImportPersonalData implements PersonalDataPart {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportRowRepository rows;

	private final ImportBatchRepository batches;

	private final ImportFileStore files;

	ImportPersonalData(ImportRowRepository rows, ImportBatchRepository batches, ImportFileStore files) {
		this.rows = rows;
		this.batches = batches;
		this.files = files;
	}

	@Override
	public String name() {
		return "importRows";
	}

	@Override
	public JsonNode export(UUID customerId) {
		ArrayNode array = JSON.createArrayNode();
		Map<UUID, List<Long>> byBatch = byBatch(customerId);
		byBatch.forEach((batch, numbers) -> {
			String file = batches.find(batch).map(b -> b.job().fileName()).orElse(null);
			for (ImportRowRepository.StoredRow row : rows.rows(batch, numbers)) {
				array.addObject()
					.put("importId", batch.toString())
					.put("file", file)
					.put("row", row.number())
					.put("outcome", row.outcome())
					.put("raw", row.raw());
			}
		});
		return array;
	}

	@Override
	public ErasureCounts erase(UUID customerId, ErasureContext context) {
		// the same file imported twice holds the person twice, at the same row numbers
		Map<String, Set<Long>> byFile = new TreeMap<>();
		byBatch(customerId).forEach((batch, numbers) -> batches.find(batch)
			.ifPresent(b -> byFile.computeIfAbsent(b.job().fileSha256(), k -> new HashSet<>()).addAll(numbers)));
		int erased = 0;
		for (Map.Entry<String, Set<Long>> file : byFile.entrySet()) {
			List<ImportBatchRepository.Batch> holders = batches.bySha256(file.getKey());
			for (ImportBatchRepository.Batch holder : holders) {
				for (long number : file.getValue()) {
					rows.erase(holder.id(), number);
					erased++;
				}
			}
			rewrite(file.getKey(), file.getValue(), holders);
		}
		return ErasureCounts.of("rows", erased).and("files", byFile.size());
	}

	private void rewrite(String sha256, Set<Long> numbers, List<ImportBatchRepository.Batch> holders) {
		String encodingName = holders.get(0).job().options().encoding();
		Charset encoding = encodingName == null ? null : Charset.forName(encodingName);
		ImportFileStore.StoredFile copy;
		boolean becomesCsv;
		try (RowReader reader = SourceFiles.open(files.path(sha256), encoding)) {
			becomesCsv = FileRedaction.becomesCsv(reader);
			copy = files.write(FileRedaction.without(reader, numbers));
		}
		batches.insertFile(copy.sha256(), copy.size(), java.time.Instant.now());
		for (ImportBatchRepository.Batch holder : holders) {
			String name = holder.job().fileName();
			if (becomesCsv) {
				name = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".csv";
			}
			batches.redacted(holder.id(), copy.sha256(), name);
		}
		if (!batches.fileInUse(sha256)) {
			batches.deleteFile(sha256);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					files.delete(sha256);
				}
			});
		}
	}

	private Map<UUID, List<Long>> byBatch(UUID customerId) {
		Map<UUID, List<Long>> byBatch = new HashMap<>();
		for (Object[] row : rows.rowsOf(customerId)) {
			byBatch.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>()).add((Long) row[1]);
		}
		return byBatch;
	}

}
