package dev.clientele.importing.internal;

import java.time.Clock;
import java.util.List;

import dev.clientele.access.Access;
import dev.clientele.audit.AuditTrail;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.importing.ImportJob;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import org.springframework.stereotype.Component;

/**
 * Undoes an import in the caller's transaction: every customer it created and that is still live
 * goes to the recycle bin, and every update it made is taken back field by field where the field
 * still holds the imported value. Each is a new version with source {@code revert:<batch>}.
 */
@Component
class ImportRevert {

	private final ImportRowRepository rows;

	private final ImportBatchRepository batches;

	private final CustomerManagement customers;

	private final AuditTrail audit;

	private final Clock clock;

	ImportRevert(ImportRowRepository rows, ImportBatchRepository batches, CustomerManagement customers, AuditTrail audit,
			Clock clock) {
		this.rows = rows;
		this.batches = batches;
		this.customers = customers;
		this.audit = audit;
		this.clock = clock;
	}

	void revert(ImportJob job, Access user) {
		WriteContext context = new WriteContext(user.userId(), Source.revert(job.id().toString()));
		long deleted = 0;
		long restored = 0;
		// the last row first, so that two rows that updated one customer are taken back in turn
		List<ImportRowRepository.StoredRow> written = new java.util.ArrayList<>(rows.withCustomers(job.id()));
		java.util.Collections.reverse(written);
		for (ImportRowRepository.StoredRow row : written) {
			boolean created = row.outcome().equals("created");
			if (!created && !row.outcome().equals("updated")) {
				continue;
			}
			// one read per row: a customer in the recycle bin since is left as it is
			java.util.Optional<dev.clientele.customer.Customer> live = customers.find(row.customerId());
			if (live.isEmpty()) {
				continue;
			}
			if (created) {
				customers.delete(row.customerId(), context);
				deleted++;
			}
			else if (customers.undoVersion(row.customerId(), row.version(), context).version() != live.get().version()) {
				restored++;
			}
		}
		batches.reverted(job.id(), user.userId(), clock.instant());
		audit.record(user.userId(), "customer.importReverted", "import", job.id().toString(), List.of(), "success",
				"{\"deleted\":" + deleted + ",\"restored\":" + restored + "}");
	}

}
