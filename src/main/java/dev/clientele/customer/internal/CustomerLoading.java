package dev.clientele.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.Permission;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.LoadCustomers;
import dev.clientele.customer.LoadMode;
import dev.clientele.customer.LoadOutcome;
import dev.clientele.customer.LoadOutcome.Result;
import dev.clientele.customer.MatchKey;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomValue;
import dev.clientele.shared.BulkInsert;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import dev.clientele.shared.WriteContext;
import org.springframework.stereotype.Component;

/**
 * Loads a step of rows (see {@link dev.clientele.customer.CustomerManagement#load}): matches
 * every row at once against the stored customers and the step's earlier rows, creates the new ones
 * in one batch and has {@link LoadedUpdates} update the matched ones one by one. Nothing a
 * rejected row says is written.
 */
@Component
class CustomerLoading {

	private final CustomerCreation creation;

	private final CustomerMatches matches;

	private final UniqueValues uniqueValues;

	private final ErasedSubjects erasedSubjects;

	private final Clock clock;

	private final BulkInsert bulk;

	/** The tables whose indexes matching reads; a bulk load grows them fast. */
	private static final List<String> MATCHED_TABLES = List.of("customers", "customer_phones", "customer_emails");

	private final LoadedUpdates matchedUpdates;

	CustomerLoading(CustomerCreation creation, LoadedUpdates matchedUpdates, CustomerMatches matches,
			UniqueValues uniqueValues, ErasedSubjects erasedSubjects, Clock clock, BulkInsert bulk) {
		this.bulk = bulk;
		this.matchedUpdates = matchedUpdates;
		this.creation = creation;
		this.matches = matches;
		this.uniqueValues = uniqueValues;
		this.erasedSubjects = erasedSubjects;
		this.clock = clock;
	}

	/** A row's match keys, in the order {@code matchBy} is checked (phone, email, name). */
	private record Keys(List<String> values, Map<String, String> paths) {
	}

	List<LoadOutcome> load(LoadCustomers command, Access access) {
		access.require(Permission.CUSTOMER_CREATE);
		if (command.mode() == LoadMode.UPDATE) {
			access.require(Permission.CUSTOMER_UPDATE);
		}
		if (command.rows().stream().anyMatch(r -> r.contact() != null)) {
			access.require(Permission.CONTACT_CREATE);
			if (command.mode() == LoadMode.UPDATE) {
				access.require(Permission.CONTACT_UPDATE);
			}
		}
		bulk.refreshStatistics(MATCHED_TABLES);
		List<LoadCustomers.Row> rows = command.rows();
		LoadOutcome[] outcomes = new LoadOutcome[rows.size()];
		List<Keys> keys = rows.stream().map(r -> keys(r.input(), command.matchBy())).toList();
		Map<String, Set<UUID>> stored = stored(keys);
		Map<String, UUID> earlierIds = new HashMap<>();
		Map<String, Long> earlierRows = new HashMap<>();
		Set<String> uniqueKeys = uniqueValues.keys();
		Set<String> uniqueSeen = new HashSet<>();
		ProfileRules rules = creation.batchRules();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<CustomerCreation.Draft> drafts = new ArrayList<>();
		List<CreateCustomer> creates = new ArrayList<>();
		List<Integer> createdRows = new ArrayList<>();
		Map<Integer, UUID> targets = new java.util.LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			LoadCustomers.Row row = rows.get(i);
			Set<UUID> matched = new LinkedHashSet<>();
			String matchedKey = null;
			Long matchedRow = null;
			for (String key : keys.get(i).values()) {
				Set<UUID> ids = stored.getOrDefault(key, Set.of());
				UUID earlier = earlierIds.get(key);
				if (!ids.isEmpty() || earlier != null) {
					matchedKey = matchedKey == null ? key : matchedKey;
					matched.addAll(ids);
					if (earlier != null) {
						matched.add(earlier);
						matchedRow = matchedRow == null ? earlierRows.get(key) : matchedRow;
					}
				}
			}
			if (matchedKey != null) {
				String path = keys.get(i).paths().get(matchedKey);
				UUID single = matched.size() == 1 ? matched.iterator().next() : null;
				if (command.mode() == LoadMode.CREATE) {
					outcomes[i] = new LoadOutcome(row.number(), Result.REJECTED, null, single,
							List.of(matchedRow != null ? Violation.of(path, "load.duplicateOfRow", matchedRow)
									: Violation.of(path, "load.duplicate")));
				}
				else if (command.mode() == LoadMode.SKIP) {
					outcomes[i] = new LoadOutcome(row.number(), Result.SKIPPED, null, single, List.of());
				}
				else if (matched.size() > 1) {
					outcomes[i] = rejected(row, Violation.of(path, "load.ambiguousMatch", matched.size()));
				}
				else {
					UUID target = matched.iterator().next();
					targets.put(i, target);
					remember(keys.get(i), target, row.number(), earlierIds, earlierRows);
				}
				continue;
			}
			CreateCustomer create = new CreateCustomer(row.input(), row.contact() == null ? List.of() : List.of(row.contact()),
					new WriteContext(command.actor(), row.source()));
			try {
				CustomerCreation.Draft draft = creation.draft(create, rules, access, uniqueKeys, now);
				requireUniqueInStep(draft, uniqueKeys, uniqueSeen);
				drafts.add(draft);
				creates.add(create);
				createdRows.add(i);
				remember(keys.get(i), draft.customer().id(), row.number(), earlierIds, earlierRows);
			}
			catch (InvalidInputException ex) {
				outcomes[i] = rejected(row, ex.violations());
			}
		}
		rejectBlocked(drafts, creates, createdRows, outcomes, rows);
		if (command.dryRun()) {
			creation.writeForMatching(drafts, uniqueKeys);
		}
		else {
			creation.write(drafts, creates, uniqueKeys, command.batchId());
		}
		for (int j = 0; j < drafts.size(); j++) {
			int i = createdRows.get(j);
			outcomes[i] = new LoadOutcome(rows.get(i).number(), Result.CREATED, FieldView.customer(drafts.get(j).customer(), access),
					List.of());
		}
		Map<UUID, Customer> read = matchedUpdates.read(targets.values(), access);
		targets.forEach((i, target) -> outcomes[i] = matchedUpdates.update(rows.get(i), target, command, rules, access, read));
		return List.of(outcomes);
	}

	/** Drops the drafts whose phones or emails an erasure blocks, in one lookup for the step. */
	private void rejectBlocked(List<CustomerCreation.Draft> drafts, List<CreateCustomer> creates, List<Integer> createdRows,
			LoadOutcome[] outcomes, List<LoadCustomers.Row> rows) {
		List<ErasedSubjects.Values> values = new ArrayList<>();
		for (int j = 0; j < drafts.size(); j++) {
			var profile = drafts.get(j).customer().profile();
			values.add(ErasedSubjects.Values.added("[" + j + "].", profile.phones(), profile.emails()));
			var contacts = drafts.get(j).contacts();
			for (int c = 0; c < contacts.size(); c++) {
				values.add(ErasedSubjects.Values.added("[" + j + "].contacts[" + c + "].", contacts.get(c).profile().phones(),
						contacts.get(c).profile().emails()));
			}
		}
		try {
			erasedSubjects.check(values);
		}
		catch (InvalidInputException ex) {
			Map<Integer, List<Violation>> byDraft = new HashMap<>();
			for (Violation v : ex.violations()) {
				int end = v.path().indexOf("].");
				int j = Integer.parseInt(v.path().substring(1, end));
				byDraft.computeIfAbsent(j, k -> new ArrayList<>())
					.add(new Violation(v.path().substring(end + 2), v.code(), v.args()));
			}
			for (int j = drafts.size() - 1; j >= 0; j--) {
				if (byDraft.containsKey(j)) {
					int i = createdRows.get(j);
					outcomes[i] = rejected(rows.get(i), byDraft.get(j));
					drafts.remove(j);
					creates.remove(j);
					createdRows.remove(j);
				}
			}
		}
	}

	private static void requireUniqueInStep(CustomerCreation.Draft draft, Set<String> uniqueKeys, Set<String> seen) {
		List<Violation> violations = new ArrayList<>();
		for (Map.Entry<String, CustomValue> entry : draft.customer().profile().customFields().entrySet()) {
			if (uniqueKeys.contains(entry.getKey()) && !seen.add(entry.getKey() + "\u0000" + entry.getValue().display())) {
				violations.add(Violation.of("customFields." + entry.getKey(), "customField.notUnique"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void remember(Keys keys, UUID id, long row, Map<String, UUID> ids, Map<String, Long> rows) {
		for (String key : keys.values()) {
			ids.putIfAbsent(key, id);
			rows.putIfAbsent(key, row);
		}
	}

	private Map<String, Set<UUID>> stored(List<Keys> keys) {
		List<String> phones = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Keys k : keys) {
			for (String key : k.values()) {
				String value = key.substring(key.indexOf(':') + 1);
				(key.startsWith("PHONE:") ? phones : key.startsWith("EMAIL:") ? emails : names).add(value);
			}
		}
		return matches.find(phones, emails, names);
	}

	/** The normalised values a row can match by; invalid phones and emails match nothing. */
	private static Keys keys(CustomerInput input, Set<MatchKey> matchBy) {
		List<String> values = new ArrayList<>();
		Map<String, String> paths = new HashMap<>();
		if (matchBy.contains(MatchKey.PHONE)) {
			List<PhoneInput> phones = input.phones();
			for (int i = 0; i < phones.size(); i++) {
				String path = "phones[" + i + "].number";
				PhoneNumbers.e164(phones.get(i).number()).map(v -> CustomerMatches.key(MatchKey.PHONE, v)).ifPresent(key -> {
					values.add(key);
					paths.putIfAbsent(key, path);
				});
			}
		}
		if (matchBy.contains(MatchKey.EMAIL)) {
			List<EmailInput> emails = input.emails();
			for (int i = 0; i < emails.size(); i++) {
				String path = "emails[" + i + "].address";
				EmailAddresses.normalize(emails.get(i).address()).map(v -> CustomerMatches.key(MatchKey.EMAIL, v)).ifPresent(key -> {
					values.add(key);
					paths.putIfAbsent(key, path);
				});
			}
		}
		if (matchBy.contains(MatchKey.NAME) && input.name() != null && !input.name().isBlank()) {
			String key = CustomerMatches.key(MatchKey.NAME, input.name().strip());
			values.add(key);
			paths.put(key, "name");
		}
		return new Keys(values, paths);
	}

	static LoadOutcome rejected(LoadCustomers.Row row, Violation violation) {
		return rejected(row, List.of(violation));
	}

	static LoadOutcome rejected(LoadCustomers.Row row, List<Violation> violations) {
		return new LoadOutcome(row.number(), Result.REJECTED, null, violations);
	}

}
