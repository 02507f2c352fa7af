package dev.clientele.customer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.Source;

/**
 * Rows to load as one step of a bulk load (an import's chunk). Each row is judged on its own: a row
 * with an invalid value is rejected whole and never stops the others. A row matches a live customer
 * (or an earlier row of the same step) when it shares a value of one of {@code matchBy}; what then
 * happens is the {@code mode}'s choice.
 *
 * @param batchId the bulk operation the rows belong to, carried by every event they cause
 * @param actor the user the rows are loaded for; their permissions, scope and field rights apply
 * @param dryRun whether matched customers and their contacts are only judged, not written nor
 * locked; new customers are written only as far as later rows match against them (no versions,
 * search keys, contacts or events), for the caller to roll back
 */
public record LoadCustomers(UUID batchId, UUID actor, List<Row> rows, LoadMode mode, Set<MatchKey> matchBy,
		boolean dryRun) {

	public LoadCustomers {
		rows = List.copyOf(rows);
		matchBy = Set.copyOf(matchBy);
	}

	/**
	 * One row to load.
	 *
	 * @param number the row's number in its source, echoed in the outcome
	 * @param contact a first contact to add when the row creates a company, or to update or add when
	 * it updates one; {@code null} for none
	 * @param source recorded on every version the row writes (e.g. {@code import:<batch>#<row>})
	 */
	public record Row(long number, CustomerInput input, ContactInput contact, Source source) {
	}

}
