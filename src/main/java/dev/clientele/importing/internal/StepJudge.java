package dev.clientele.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.LoadCustomers;
import dev.clientele.customer.LoadOutcome;
import dev.clientele.importing.ImportCounts;
import dev.clientele.importing.ImportOptions;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judges one step of rows: converts each, loads those that converted through the customer module
 * and pairs every row with its outcome, its reasons naming the file's columns.
 */
final class StepJudge {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The customer module's reasons for a row that matches a customer in mode {@code create}. */
	private static final String DUPLICATE = "load.duplicate";

	private static final String DUPLICATE_OF_ROW = "load.duplicateOfRow";

	private final UUID batchId;

	private final UUID actor;

	private final ImportOptions options;

	private final RowConversion conversion;

	private final CustomerManagement customers;

	private final ImportRowRepository rows;

	StepJudge(UUID batchId, UUID actor, ImportOptions options, RowConversion conversion, CustomerManagement customers,
			ImportRowRepository rows) {
		this.batchId = batchId;
		this.actor = actor;
		this.options = options;
		this.conversion = conversion;
		this.customers = customers;
		this.rows = rows;
	}

	/** A row with its outcome. */
	record Judged(SourceRow row, LoadOutcome outcome, Map<String, String> columns) {

		/**
		 * @param dryRun whether the customers the step created are rolled back at the end; their rows
		 * keep the ids all the same (without a version), so that a later row repeating one names it
		 */
		ImportRowRepository.StoredRow stored(boolean dryRun) {
			LoadOutcome.Result result = outcome.result();
			boolean created = result == LoadOutcome.Result.CREATED;
			UUID written = outcome.customerId();
			Integer version = written == null || (created && dryRun) ? null : outcome.customer().version();
			// a skipped row or a duplicate is the matched customer's data too: its erasure finds the row
			UUID customer = written != null ? written : outcome.matched();
			String reasons = outcome.violations().isEmpty() ? null : reasons(outcome.violations(), columns);
			return new ImportRowRepository.StoredRow(row.number(), row.raw(), result.key(), customer, version, reasons);
		}

	}

	List<Judged> judge(List<SourceRow> rows) {
		Judged[] judged = new Judged[rows.size()];
		List<LoadCustomers.Row> loadable = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<Map<String, String>> columns = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			SourceRow row = rows.get(i);
			RowConversion.Converted converted = conversion.convert(row);
			if (!converted.violations().isEmpty()) {
				judged[i] = new Judged(row, new LoadOutcome(row.number(), LoadOutcome.Result.REJECTED, null,
						converted.violations()), converted.columns());
				continue;
			}
			loadable.add(new LoadCustomers.Row(row.number(), converted.input(), converted.contact(),
					Source.importRow(batchId.toString(), row.number())));
			positions.add(i);
			columns.add(converted.columns());
		}
		if (!loadable.isEmpty()) {
			List<LoadOutcome> outcomes = namingEarlierRows(customers.load(new LoadCustomers(batchId, actor, loadable,
					options.mode(), options.matchBy(), options.dryRun())));
			for (int j = 0; j < outcomes.size(); j++) {
				int i = positions.get(j);
				judged[i] = new Judged(rows.get(i), outcomes.get(j), columns.get(j));
			}
		}
		return List.of(judged);
	}

	/**
	 * The outcomes, where a row repeats one of an earlier step (whose customer the earlier row
	 * created), with a reason that names that row, as the customer module does within a step.
	 */
	private List<LoadOutcome> namingEarlierRows(List<LoadOutcome> outcomes) {
		Set<UUID> matched = outcomes.stream().filter(StepJudge::duplicate).map(LoadOutcome::matched)
			.collect(Collectors.toSet());
		Map<UUID, Long> created = matched.isEmpty() ? Map.of() : rows.createdRows(batchId, matched);
		if (created.isEmpty()) {
			return outcomes;
		}
		return outcomes.stream().map(outcome -> {
			Long earlier = duplicate(outcome) ? created.get(outcome.matched()) : null;
			if (earlier == null) {
				return outcome;
			}
			List<Violation> named = outcome.violations().stream()
				.map(v -> v.code().equals(DUPLICATE) ? Violation.of(v.path(), DUPLICATE_OF_ROW, earlier) : v)
				.toList();
			return new LoadOutcome(outcome.row(), outcome.result(), outcome.customer(), outcome.matched(), named);
		}).toList();
	}

	private static boolean duplicate(LoadOutcome outcome) {
		return outcome.matched() != null && outcome.violations().stream().anyMatch(v -> v.code().equals(DUPLICATE));
	}

	static ImportCounts count(List<Judged> judged) {
		long created = 0, updated = 0, unchanged = 0, skipped = 0, rejected = 0;
		for (Judged j : judged) {
			switch (j.outcome().result()) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
				case SKIPPED -> skipped++;
				case REJECTED -> rejected++;
			}
		}
		return new ImportCounts(created, updated, unchanged, skipped, rejected);
	}

	/** The violations as JSON, each with the column that fed its field when known. */
	static String reasons(List<Violation> violations, Map<String, String> columns) {
		ArrayNode array = JSON.createArrayNode();
		for (Violation v : violations) {
			ObjectNode reason = array.addObject();
			reason.put("path", v.path());
			reason.put("column", column(v.path(), columns));
			reason.put("code", v.code());
			ArrayNode args = reason.putArray("args");
			for (Object arg : v.args()) {
				if (arg instanceof Long || arg instanceof Integer) {
					args.add(((Number) arg).longValue());
				}
				else {
					args.add(String.valueOf(arg));
				}
			}
		}
		return array.toString();
	}

	/** The column of the longest known prefix of the path ({@code phones[0]} for {@code phones[0].number}). */
	static String column(String path, Map<String, String> columns) {
		String best = null;
		int length = -1;
		for (Map.Entry<String, String> entry : columns.entrySet()) {
			String key = entry.getKey();
			boolean prefix = path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[");
			if (prefix && key.length() > length) {
				best = entry.getValue();
				length = key.length();
			}
		}
		return best;
	}

}
