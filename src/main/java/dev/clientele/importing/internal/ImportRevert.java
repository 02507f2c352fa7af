package dev.clientele.importing.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.clientele.access.AccessManagement;
import dev.clientele.audit.AuditTrail;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Undoes an import in the background, as the user who asked for it: every customer it created
 * and that is still live goes to the recycle bin, and every update it made (to a customer or its
 * contact) is taken back field by field where the field still holds the imported value. Each is a
 * new version with source {@code revert:<batch>}. The rows are taken back from the last one down
 * (so that two rows that updated one customer are undone in turn), in steps that each commit with
 * the row they reached, so that a revert stopped or killed between two steps resumes there.
 */
@Component
class ImportRevert {

	private static final Logger log = LoggerFactory.getLogger(ImportRevert.class);

	private final ImportRowRepository rows;

	private final ImportBatchRepository batches;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final AccessManagement access;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final int stepSize;

	ImportRevert(ImportRowRepository rows, ImportBatchRepository batches, CustomerManagement customers,
			ContactManagement contacts, AccessManagement access, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${clientele.imports.revert-step-size:500}") int stepSize) {
		this.rows = rows;
		this.batches = batches;
		this.customers = customers;
		this.contacts = contacts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.stepSize = stepSize;
	}

	/**
	 * Runs a claimed revert until it ends or {@code stopping} says to stop between two steps. A
	 * revert that fails (the user lost a permission ...) leaves the job completed with the reason.
	 *
	 * @return whether the revert ran to its end (or failed)
	 */
	boolean run(ImportBatchRepository.Batch batch, BooleanSupplier stopping) {
		UUID id = batch.id();
		try {
			return access.runAs(batch.revertedBy(), () -> {
				WriteContext context = new WriteContext(batch.revertedBy(), Source.revert(id.toString()));
				while (Boolean.TRUE.equals(transaction.execute(status -> step(id, context)))) {
					if (stopping.getAsBoolean()) {
						return false;
					}
				}
				return true;
			});
		}
		catch (ForbiddenException ex) {
			failed(batch, "revert: forbidden");
		}
		catch (RuntimeException ex) {
			log.error("Revert of import {} failed", id, ex);
			failed(batch, "revert: " + ex.getClass().getSimpleName());
		}
		return true;
	}

	/** Takes back one step of rows; answers whether rows may remain. */
	private boolean step(UUID id, WriteContext context) {
		ImportBatchRepository.Batch batch = batches.findForUpdate(id).orElseThrow();
		List<ImportRowRepository.StoredRow> step = rows.writtenBefore(id, batch.revertRow(), stepSize);
		if (step.isEmpty()) {
			batches.reverted(id, clock.instant());
			record(batch, "success");
			return false;
		}
		long deleted = 0;
		long restored = 0;
		for (ImportRowRepository.StoredRow row : step) {
			// a customer in the recycle bin since is left as it is
			Optional<Customer> live = customers.find(row.customerId());
			if (live.isEmpty()) {
				continue;
			}
			if (row.outcome().equals("created")) {
				customers.delete(row.customerId(), context);
				deleted++;
			}
			else if (undoUpdate(id, row, live.get(), context)) {
				restored++;
			}
		}
		batches.revertProgress(id, step.get(step.size() - 1).number(), deleted, restored, clock.instant());
		return true;
	}

	/**
	 * Takes back what an updating row wrote: the customer's version, if the row wrote it (a row that
	 * only changed a contact did not), and the contact it changed or added.
	 *
	 * @return whether anything changed
	 */
	private boolean undoUpdate(UUID id, ImportRowRepository.StoredRow row, Customer live, WriteContext context) {
		Source written = Source.importRow(id.toString(), row.number());
		boolean customerWritten = row.version() != null && customers.version(row.customerId(), row.version())
			.filter(version -> version.source().equals(written.value()))
			.isPresent();
		boolean changed = customerWritten
				&& customers.undoVersion(row.customerId(), row.version(), context).version() != live.version();
		return contacts.undoSource(row.customerId(), written, context) > 0 || changed;
	}

	private void failed(ImportBatchRepository.Batch batch, String failure) {
		transaction.executeWithoutResult(status -> {
			batches.revertFailed(batch.id(), failure);
			record(batches.find(batch.id()).orElseThrow(), "failure");
		});
	}

	/** The revert's one audit entry, with what it took back. */
	private void record(ImportBatchRepository.Batch batch, String outcome) {
		audit.record(batch.revertedBy(), "customer.importReverted", "import", batch.id().toString(), List.of(), outcome,
				"{\"deleted\":" + batch.revertDeleted() + ",\"restored\":" + batch.revertRestored() + "}");
	}

}
