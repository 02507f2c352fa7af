package dev.clientele.timeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.MonthlyPartitions;
import dev.clientele.shared.Violation;
import dev.clientele.timeline.BatchLineResult;
import dev.clientele.timeline.TimelineEntry;
import dev.clientele.timeline.TimelineManagement.BatchLine;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One step of a batch append: its lines judged each on its own (rules, visible customer, the
 * contact's customer, the corrected entry, the idempotency key, within the step too), then the
 * accepted ones written in one transaction with their figures. A line without an external id is
 * keyed by its content, so that posting a batch again records nothing new either way. A step that
 * meets a key or a figures row another writer created meanwhile, or a deadlock, is judged and
 * written once more.
 */
@Component
class BatchSteps {

	static final int SIZE = 1_000;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final EntryRepository entries;

	private final FigureKeeper figures;

	private final Corrections corrections;

	private final MonthlyPartitions partitions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BatchSteps(CustomerManagement customers, ContactManagement contacts, EntryRepository entries, FigureKeeper figures,
			Corrections corrections, MonthlyPartitions partitions, PlatformTransactionManager transactions, Clock clock) {
		this.customers = customers;
		this.contacts = contacts;
		this.entries = entries;
		this.figures = figures;
		this.corrections = corrections;
		this.partitions = partitions;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	void run(List<BatchLine> lines, EntryRules rules, UUID batchId, UUID actor, Consumer<BatchLineResult> results) {
		if (lines.isEmpty()) {
			return;
		}
		Map<Long, BatchLineResult> outcome;
		try {
			outcome = attempt(lines, rules, batchId, actor);
		}
		catch (DuplicateKeyException | ConcurrencyFailureException meanwhile) {
			// another writer recorded a key or a customer's first figures, or the database chose this step to end a deadlock
			outcome = attempt(lines, rules, batchId, actor);
		}
		outcome.values().forEach(results);
	}

	private Map<Long, BatchLineResult> attempt(List<BatchLine> lines, EntryRules rules, UUID batchId, UUID actor) {
		Instant now = clock.instant();
		Map<Long, BatchLineResult> outcome = new LinkedHashMap<>();
		Map<Long, EntryDraft> accepted = new LinkedHashMap<>();
		for (BatchLine line : lines) {
			outcome.put(line.number(), null);
			if (!line.unreadable().isEmpty()) {
				outcome.put(line.number(), rejected(line.number(), line.unreadable()));
				continue;
			}
			EntryRules.Judgement judgement = rules.judge(line.entry(), now);
			if (judgement.draft() == null) {
				outcome.put(line.number(), rejected(line.number(), judgement.violations().list()));
			}
			else {
				accepted.put(line.number(), judgement.draft());
			}
		}
		rejectInvisible(accepted, outcome);
		rejectForeignContacts(accepted, outcome);
		Map<UUID, TimelineEntry> corrected = rejectUncorrectable(accepted, outcome);
		List<StoredEntry> stored = new ArrayList<>();
		Map<EntryRepository.ExternalKey, UUID> keys = new HashMap<>(
				entries.recorded(accepted.values().stream().map(EntryRepository.ExternalKey::of).toList()));
		accepted.forEach((line, draft) -> {
			EntryRepository.ExternalKey key = EntryRepository.ExternalKey.of(draft);
			if (keys.containsKey(key)) {
				outcome.put(line, new BatchLineResult(line, BatchLineResult.DUPLICATE, keys.get(key), List.of()));
				return;
			}
			StoredEntry entry = new StoredEntry(Ids.newId(), draft, actor, now, batchId, key);
			keys.put(key, entry.id());
			stored.add(entry);
			outcome.put(line, new BatchLineResult(line, BatchLineResult.CREATED, entry.id(), List.of()));
		});
		if (!stored.isEmpty()) {
			partitions.ensure(EntryRepository.TABLE,
					stored.stream().map(entry -> entry.draft().month()).collect(java.util.stream.Collectors.toSet()));
			transaction.executeWithoutResult(status -> write(stored, corrected, actor, now));
		}
		return outcome;
	}

	private void write(List<StoredEntry> stored, Map<UUID, TimelineEntry> corrected, UUID actor, Instant now) {
		entries.insertAll(stored);
		Set<UUID> recompute = new HashSet<>();
		List<StoredEntry> plain = new ArrayList<>();
		for (StoredEntry entry : stored) {
			UUID supersedes = entry.draft().supersedes();
			if (supersedes == null) {
				plain.add(entry);
				continue;
			}
			TimelineEntry old = corrected.get(supersedes);
			// a DuplicateKeyException (corrected meanwhile) has the step judged again, and this line rejected
			entries.supersede(old.id(), old.customerId(), TimelineEntry.CORRECTED, entry.id(), null, actor, now);
			recompute.add(old.customerId());
		}
		plain.removeIf(entry -> recompute.contains(entry.draft().customerId()));
		figures.add(plain, now);
		if (!recompute.isEmpty()) {
			figures.recompute(recompute, now);
		}
	}

	private void rejectInvisible(Map<Long, EntryDraft> accepted, Map<Long, BatchLineResult> outcome) {
		Set<UUID> visible = customers.visible(accepted.values().stream().map(EntryDraft::customerId).toList());
		accepted.entrySet().removeIf(line -> {
			if (visible.contains(line.getValue().customerId())) {
				return false;
			}
			outcome.put(line.getKey(), rejected(line.getKey(),
					List.of(Violation.of("customerId", "timeline.customerUnknown"))));
			return true;
		});
	}

	private void rejectForeignContacts(Map<Long, EntryDraft> accepted, Map<Long, BatchLineResult> outcome) {
		List<UUID> contactIds = accepted.values().stream().map(EntryDraft::contactId).filter(id -> id != null).toList();
		if (contactIds.isEmpty()) {
			return;
		}
		Map<UUID, UUID> customerOf = contacts.customersOf(contactIds);
		accepted.entrySet().removeIf(line -> {
			EntryDraft draft = line.getValue();
			if (draft.contactId() == null || draft.customerId().equals(customerOf.get(draft.contactId()))) {
				return false;
			}
			outcome.put(line.getKey(), rejected(line.getKey(),
					List.of(Violation.of("contactId", "timeline.contactUnknown"))));
			return true;
		});
	}

	/** The entries the step's corrections supersede; a line whose entry cannot be corrected is rejected. */
	private Map<UUID, TimelineEntry> rejectUncorrectable(Map<Long, EntryDraft> accepted,
			Map<Long, BatchLineResult> outcome) {
		Map<UUID, TimelineEntry> corrected = new HashMap<>();
		accepted.entrySet().removeIf(line -> {
			EntryDraft draft = line.getValue();
			if (draft.supersedes() == null) {
				return false;
			}
			try {
				if (corrected.containsKey(draft.supersedes())) {
					throw new ConflictException("timeline.notCurrent", "corrected twice in one batch");
				}
				corrected.put(draft.supersedes(), corrections.correctable(draft));
				return false;
			}
			catch (InvalidInputException invalid) {
				outcome.put(line.getKey(), rejected(line.getKey(), invalid.violations()));
			}
			catch (ConflictException notCurrent) {
				outcome.put(line.getKey(),
						rejected(line.getKey(), List.of(Violation.of("supersedes", "timeline.notCurrent"))));
			}
			return true;
		});
		return corrected;
	}

	private static BatchLineResult rejected(long line, List<Violation> violations) {
		return new BatchLineResult(line, BatchLineResult.REJECTED, null, violations);
	}

}
