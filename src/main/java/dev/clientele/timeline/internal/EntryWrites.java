package dev.clientele.timeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.MonthlyPartitions;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.RecordEntry;
import dev.clientele.timeline.TimelineEntry;
import dev.clientele.timeline.TimelineEntryRecorded;
import dev.clientele.timeline.TimelineEntryVoided;
import dev.clientele.timeline.TimelineManagement.Recorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single appends, corrections and voids. The entry's partition is made sure of before the write's
 * transaction opens (a partition cannot be created while the same session's transaction uses the
 * table); the write then commits its entry, supersession, external key and figures together.
 */
@Component
class EntryWrites {

	static final int MAX_REASON = 2_000;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final KindCatalog kinds;

	private final EntryRepository entries;

	private final FigureKeeper figures;

	private final Corrections corrections;

	private final MonthlyPartitions partitions;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EntryWrites(CustomerManagement customers, ContactManagement contacts, KindCatalog kinds, EntryRepository entries,
			FigureKeeper figures, Corrections corrections, MonthlyPartitions partitions,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.contacts = contacts;
		this.kinds = kinds;
		this.entries = entries;
		this.figures = figures;
		this.corrections = corrections;
		this.partitions = partitions;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	Recorded record(RecordEntry command, Access access) {
		Instant now = clock.instant();
		EntryRules.Judgement judgement = kinds.rules().judge(command, now);
		judgement.violations().throwIfAny();
		EntryDraft draft = judgement.draft();
		if (customers.visible(Set.of(draft.customerId())).isEmpty()) {
			throw new NotFoundException("Customer");
		}
		if (draft.contactId() != null
				&& !draft.customerId().equals(contacts.customersOf(Set.of(draft.contactId())).get(draft.contactId()))) {
			throw InvalidInputException.of("contactId", "timeline.contactUnknown");
		}
		partitions.ensure(EntryRepository.TABLE, Set.of(draft.month()));
		try {
			return transaction.execute(status -> write(draft, command.context(), now, access));
		}
		catch (DuplicateKeyException recordedMeanwhile) {
			return duplicate(draft, access).orElseThrow(() -> recordedMeanwhile);
		}
	}

	private Recorded write(EntryDraft draft, WriteContext context, Instant now, Access access) {
		Optional<Recorded> duplicate = duplicate(draft, access);
		if (duplicate.isPresent()) {
			return duplicate.get();
		}
		TimelineEntry corrected = draft.supersedes() == null ? null : corrections.correctable(draft);
		StoredEntry stored = new StoredEntry(Ids.newId(), draft, context.actor(), now, null,
				EntryRepository.ExternalKey.given(draft));
		entries.insertAll(List.of(stored));
		if (corrected != null) {
			supersede(corrected, TimelineEntry.CORRECTED, stored.id(), null, context.actor(), now);
			figures.recompute(Set.of(draft.customerId()), now);
		}
		else {
			figures.add(List.of(stored), now);
		}
		events.publishEvent(new TimelineEntryRecorded(stored.id(), draft.customerId(), draft.kind(),
				draft.supersedes(), context.actor()));
		return new Recorded(EntryView.of(entries.find(stored.id()).orElseThrow(), access), true);
	}

	private Optional<Recorded> duplicate(EntryDraft draft, Access access) {
		EntryRepository.ExternalKey key = EntryRepository.ExternalKey.given(draft);
		if (key == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(entries.recorded(Set.of(key)).get(key))
			.flatMap(entries::find)
			.map(entry -> new Recorded(EntryView.of(entry, access), false));
	}

	TimelineEntry voidEntry(UUID entryId, String reason, WriteContext context, Access access) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "field.required");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw InvalidInputException.of("reason", "field.tooLong", MAX_REASON);
		}
		TimelineEntry entry = visibleEntry(entryId).orElseThrow(() -> new NotFoundException("Timeline entry"));
		if (!entry.current()) {
			throw Corrections.notCurrent(entry);
		}
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			supersede(entry, TimelineEntry.VOIDED, null, reason.strip(), context.actor(), now);
			if (Figures.counts(entry.kind())) {
				figures.recompute(Set.of(entry.customerId()), now);
			}
			events.publishEvent(new TimelineEntryVoided(entry.id(), entry.customerId(), reason.strip(), context.actor()));
		});
		return EntryView.of(entries.find(entryId).orElseThrow(), access);
	}

	/** The entry, if its customer is live and in the reader's data scope. */
	Optional<TimelineEntry> visibleEntry(UUID entryId) {
		return entries.find(entryId).filter(entry -> !customers.visible(Set.of(entry.customerId())).isEmpty());
	}

	private void supersede(TimelineEntry entry, String change, UUID by, String reason, UUID actor, Instant now) {
		try {
			entries.supersede(entry.id(), entry.customerId(), change, by, reason, actor, now);
		}
		catch (DuplicateKeyException supersededMeanwhile) {
			throw Corrections.notCurrent(entry);
		}
	}

}
