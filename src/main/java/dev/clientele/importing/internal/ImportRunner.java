package dev.clientele.importing.internal;

import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.audit.AuditTrail;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportStatus;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs an import job as the user who started it, in steps: each step's customers, its rows (with
 * their original text and outcome) and the job's progress commit together, so that a process
 * killed at any moment resumes after the last committed row with nothing lost and nothing loaded
 * twice. A dry run writes the customers it would create, bare (without versions, search keys or
 * contacts), in one transaction that is rolled back at the end, so that later rows match them; it
 * only judges its updates, so that the customers it matches are neither changed nor locked; its
 * rows and progress commit step by step beside it; interrupted, it starts over. A job being
 * reverted is handed to {@link ImportRevert}.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportBatchRepository batches;

	private final ImportRowRepository rows;

	private final ImportFileStore files;

	private final StepJudges judges;

	private final ImportRevert reverts;

	private final AccessManagement access;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separately;

	private final int stepSize;

	ImportRunner(ImportBatchRepository batches, ImportRowRepository rows, ImportFileStore files,
			StepJudges judges, ImportRevert reverts, AccessManagement access, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${clientele.imports.step-size:5000}") int stepSize) {
		this.batches = batches;
		this.rows = rows;
		this.files = files;
		this.judges = judges;
		this.reverts = reverts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.stepSize = stepSize;
	}

	/**
	 * Runs a claimed job until it ends or {@code stopping} says to stop between two steps.
	 *
	 * @return whether the job ran to its end
	 */
	boolean run(UUID id, BooleanSupplier stopping) {
		ImportBatchRepository.Batch batch = batches.find(id).orElseThrow();
		if (batch.job().status() == ImportStatus.REVERTING) {
			return reverts.run(batch, stopping);
		}
		try {
			return access.runAs(batch.job().createdBy(), () -> execute(batch, stopping));
		}
		catch (InvalidInputException ex) {
			fail(batch, ex.violations().get(0).code() + ex.violations().get(0).args());
		}
		catch (ForbiddenException ex) {
			fail(batch, "forbidden");
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			fail(batch, "error: " + ex.getClass().getSimpleName());
		}
		return true;
	}

	private boolean execute(ImportBatchRepository.Batch batch, BooleanSupplier stopping) {
		access.current().require(Permission.CUSTOMER_IMPORT);
		ImportJob job = batch.job();
		Charset encoding = job.options().encoding() == null ? null : Charset.forName(job.options().encoding());
		if (job.rowsTotal() == null) {
			long total = count(job, encoding);
			transaction.executeWithoutResult(status -> batches.total(job.id(), total));
		}
		try (RowReader reader = SourceFiles.open(files.path(job.fileSha256()), encoding)) {
			StepJudge judge = judges.prepare(job, reader.header()).judge();
			boolean finished = job.options().dryRun() ? dryRun(job, reader, judge, stopping)
					: load(batch, reader, judge, stopping);
			if (!finished) {
				return false;
			}
		}
		transaction.executeWithoutResult(status -> {
			ImportJob done = batches.find(job.id()).orElseThrow().job();
			batches.finish(job.id(), ImportStatus.COMPLETED, null, clock.instant());
			record(done, "success");
		});
		return true;
	}

	private boolean load(ImportBatchRepository.Batch batch, RowReader reader, StepJudge judge, BooleanSupplier stopping) {
		UUID id = batch.id();
		List<SourceRow> step = new ArrayList<>();
		while (reader.hasNext()) {
			SourceRow row = reader.next();
			if (row.number() <= batch.lastRow()) {
				continue;
			}
			step.add(row);
			if (step.size() == stepSize) {
				commit(id, step, judge);
				step.clear();
				if (stopping.getAsBoolean()) {
					return false;
				}
			}
		}
		if (!step.isEmpty()) {
			commit(id, step, judge);
		}
		return true;
	}

	private void commit(UUID id, List<SourceRow> step, StepJudge judge) {
		transaction.executeWithoutResult(status -> {
			List<StepJudge.Judged> judged = judge.judge(step);
			rows.insertAll(id, judged.stream().map(j -> j.stored(false)).toList());
			batches.progress(id, step.get(step.size() - 1).number(), StepJudge.count(judged), clock.instant());
		});
	}

	private boolean dryRun(ImportJob job, RowReader reader, StepJudge judge, BooleanSupplier stopping) {
		separately.executeWithoutResult(status -> {
			rows.deleteAll(job.id());
			batches.restart(job.id());
		});
		Boolean finished = transaction.execute(status -> {
			status.setRollbackOnly();
			List<SourceRow> step = new ArrayList<>();
			while (reader.hasNext()) {
				step.add(reader.next());
				if (step.size() == stepSize || !reader.hasNext()) {
					List<StepJudge.Judged> judged = judge.judge(step);
					long last = step.get(step.size() - 1).number();
					separately.executeWithoutResult(inner -> {
						rows.insertAll(job.id(), judged.stream().map(j -> j.stored(true)).toList());
						batches.progress(job.id(), last, StepJudge.count(judged), clock.instant());
					});
					step.clear();
					if (stopping.getAsBoolean() && reader.hasNext()) {
						return false;
					}
				}
			}
			return true;
		});
		return Boolean.TRUE.equals(finished);
	}

	private long count(ImportJob job, Charset encoding) {
		long count = 0;
		try (RowReader reader = SourceFiles.open(files.path(job.fileSha256()), encoding)) {
			while (reader.hasNext()) {
				reader.next();
				count++;
			}
		}
		return count;
	}

	private void fail(ImportBatchRepository.Batch batch, String failure) {
		transaction.executeWithoutResult(status -> {
			batches.finish(batch.id(), ImportStatus.FAILED, failure, clock.instant());
			record(batches.find(batch.id()).orElseThrow().job(), "failure");
		});
	}

	/** The import's one audit entry: who imported which file how, and what came of it. */
	private void record(ImportJob job, String outcome) {
		ObjectNode detail = JSON.createObjectNode();
		detail.put("file", job.fileName());
		detail.put("sha256", job.fileSha256());
		detail.put("mode", job.options().mode().key());
		detail.put("matchBy", job.options().matchByText());
		detail.put("dryRun", job.options().dryRun());
		detail.put("created", job.counts().created());
		detail.put("updated", job.counts().updated());
		detail.put("unchanged", job.counts().unchanged());
		detail.put("skipped", job.counts().skipped());
		detail.put("rejected", job.counts().rejected());
		detail.put("failure", job.failure());
		audit.record(job.createdBy(), "customer.imported", "import", job.id().toString(), List.of(), outcome,
				detail.toString());
	}

}
