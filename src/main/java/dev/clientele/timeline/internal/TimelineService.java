package dev.clientele.timeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.MonthlyPartitions;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.BatchLineResult;
import dev.clientele.timeline.CustomerFigures;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.FollowUpsDue;
import dev.clientele.timeline.OverdueFollowUps;
import dev.clientele.timeline.TimelineBatchRecorded;
import dev.clientele.timeline.TimelineEntry;
import dev.clientele.timeline.TimelineEntryRecorded;
import dev.clientele.timeline.TimelineEntryVoided;
import dev.clientele.timeline.TimelineKindDefined;
import dev.clientele.timeline.TimelineManagement;
import dev.clientele.timeline.TimelineQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends and reads timelines. Partitions are made sure of before a write's transaction opens (a
 * partition cannot be created while the same session's transaction uses the table); each write
 * then commits its entries, supersessions, external keys and figures together.
 */
@Service
class TimelineService implements TimelineManagement {

	static final String ENTRIES = "timeline_entries";

	static final int MAX_REASON = 2_000;

	private final AccessManagement access;

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	private final KindRepository kinds;

	private final EntryRepository entries;

	private final BatchSteps steps;

	private final FigureKeeper figures;

	private final Corrections corrections;

	private final MonthlyPartitions partitions;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final FollowUpLists followUps;

	private final Clock clock;

	private final String baseCurrency;

	TimelineService(AccessManagement access, CustomerManagement customers, ContactManagement contacts,
			KindRepository kinds, EntryRepository entries, BatchSteps steps, FigureKeeper figures,
			Corrections corrections, MonthlyPartitions partitions, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			FollowUpLists followUps, Clock clock, @Value("${clientele.timeline.currency:CNY}") String baseCurrency) {
		this.access = access;
		this.customers = customers;
		this.contacts = contacts;
		this.kinds = kinds;
		this.entries = entries;
		this.steps = steps;
		this.figures = figures;
		this.corrections = corrections;
		this.partitions = partitions;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.followUps = followUps;
		this.clock = clock;
		this.baseCurrency = baseCurrency;
	}

	@Override
	public List<EntryKind> kinds() {
		access.current().require(Permission.TIMELINE_READ);
		return allKinds();
	}

	private List<EntryKind> allKinds() {
		List<EntryKind> all = new ArrayList<>(BuiltInKinds.ALL);
		all.addAll(kinds.all());
		return all;
	}

	EntryRules rules() {
		List<EntryKind> all = allKinds();
		return new EntryRules(key -> all.stream().filter(kind -> kind.key().equals(key)).findFirst(), baseCurrency);
	}

	@Override
	public EntryKind defineKind(DefineKind command) {
		access.current().require(Permission.TIMELINE_ADMIN);
		EntryKind kind = KindRules.check(command);
		try {
			transaction.executeWithoutResult(status -> {
				kinds.insert(kind, command.actorId(), clock.instant());
				events.publishEvent(new TimelineKindDefined(kind.key(), command.actorId()));
			});
		}
		catch (DuplicateKeyException taken) {
			throw new ConflictException("timeline.kindTaken", "The kind " + kind.key() + " exists");
		}
		return kind;
	}

	@Override
	public Recorded record(dev.clientele.timeline.RecordEntry command) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_WRITE);
		Instant now = clock.instant();
		EntryRules.Judgement judgement = rules().judge(command, now);
		judgement.violations().throwIfAny();
		EntryDraft draft = judgement.draft();
		if (customers.find(draft.customerId()).isEmpty()) {
			throw new NotFoundException("Customer");
		}
		if (draft.contactId() != null
				&& !draft.customerId().equals(contacts.customersOf(Set.of(draft.contactId())).get(draft.contactId()))) {
			throw InvalidInputException.of("contactId", "timeline.contactUnknown");
		}
		partitions.ensure(ENTRIES, Set.of(month(draft.occurredAt())));
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
		StoredEntry stored = new StoredEntry(dev.clientele.shared.Ids.newId(), draft, context.actor(), now, null,
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
		return new Recorded(view(entries.find(stored.id()).orElseThrow(), access), true);
	}

	private Optional<Recorded> duplicate(EntryDraft draft, Access access) {
		EntryRepository.ExternalKey key = EntryRepository.ExternalKey.given(draft);
		if (key == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(entries.recorded(Set.of(key)).get(key))
			.flatMap(entries::find)
			.map(entry -> new Recorded(view(entry, access), false));
	}

	private void supersede(TimelineEntry entry, String change, UUID by, String reason, UUID actor, Instant now) {
		try {
			entries.supersede(entry.id(), entry.customerId(), change, by, reason, actor, now);
		}
		catch (DuplicateKeyException supersededMeanwhile) {
			throw Corrections.notCurrent(entry);
		}
	}

	@Override
	public TimelineEntry voidEntry(UUID entryId, String reason, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_WRITE);
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
		return view(entries.find(entryId).orElseThrow(), access);
	}

	@Override
	public Optional<TimelineEntry> entry(UUID entryId) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		return visibleEntry(entryId).map(entry -> view(entry, access));
	}

	private Optional<TimelineEntry> visibleEntry(UUID entryId) {
		return entries.find(entryId).filter(entry -> customers.find(entry.customerId()).isPresent());
	}

	@Override
	public Slice<TimelineEntry> timeline(TimelineQuery query) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		if (query.limit() < 1 || query.limit() > TimelineQuery.MAX_LIMIT) {
			throw InvalidInputException.of("limit", "list.limit", TimelineQuery.MAX_LIMIT);
		}
		Set<String> known = new HashSet<>();
		allKinds().forEach(kind -> known.add(kind.key()));
		for (String kind : query.kinds()) {
			if (!known.contains(kind)) {
				throw InvalidInputException.of("kind", "timeline.kindUnknown", kind);
			}
		}
		EntryCursor after = EntryCursor.decode(query.cursor());
		if (customers.find(query.customerId()).isEmpty()) {
			throw new NotFoundException("Customer");
		}
		List<TimelineEntry> rows = entries.page(new EntryRepository.TimelinePage(query.customerId(), query.kinds(),
				query.occurredFrom(), query.occurredTo(), query.asOf(), query.trail(), query.limit(), after));
		boolean more = rows.size() > query.limit();
		List<TimelineEntry> page = more ? rows.subList(0, query.limit()) : rows;
		String next = more ? EntryCursor.after(page.get(page.size() - 1)).encode() : null;
		return new Slice<>(page.stream().map(entry -> view(entry, access)).toList(), next);
	}

	@Override
	public void recordBatch(Iterator<BatchLine> lines, Consumer<BatchLineResult> results) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_WRITE);
		UUID batchId = dev.clientele.shared.Ids.newId();
		EntryRules rules = rules();
		long[] counts = new long[3];
		Consumer<BatchLineResult> counting = result -> {
			counts[result.result().equals(BatchLineResult.CREATED) ? 0
					: result.result().equals(BatchLineResult.DUPLICATE) ? 1 : 2]++;
			results.accept(result);
		};
		try {
			List<BatchLine> step = new ArrayList<>(BatchSteps.SIZE);
			while (lines.hasNext()) {
				step.add(lines.next());
				if (step.size() == BatchSteps.SIZE) {
					steps.run(step, rules, batchId, access.userId(), counting);
					step.clear();
				}
			}
			steps.run(step, rules, batchId, access.userId(), counting);
		}
		finally {
			if (counts[0] + counts[1] + counts[2] > 0) {
				transaction.executeWithoutResult(status -> events
					.publishEvent(new TimelineBatchRecorded(batchId, access.userId(), counts[0], counts[1], counts[2])));
			}
		}
	}

	@Override
	public CustomerFigures figures(UUID customerId) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		if (customers.find(customerId).isEmpty()) {
			throw new NotFoundException("Customer");
		}
		return figures.of(customerId, access);
	}

	@Override
	public int scoreRfm() {
		access.current().require(Permission.TIMELINE_ADMIN);
		return figures.scoreRfm();
	}

	@Override
	public FollowUpsDue followUps(FollowUpsDue.Due due) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		return followUps.of(access, due);
	}

	@Override
	public List<OverdueFollowUps> overdueByRep() {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		return followUps.overdueByRep(access);
	}

	/** The entry without what the reader may not see: a hidden or masked amount or body is left out. */
	static TimelineEntry view(TimelineEntry entry, Access access) {
		boolean money = access.field(TimelineAccessFields.AMOUNT).readable();
		boolean body = access.field(TimelineAccessFields.BODY).readable();
		if (money && body) {
			return entry;
		}
		return new TimelineEntry(entry.id(), entry.customerId(), entry.contactId(), entry.kind(), entry.occurredAt(),
				entry.recordedAt(), entry.actorId(), entry.subject(), body ? entry.body() : null,
				money ? entry.amount() : null, money ? entry.currency() : null, entry.status(), entry.attributes(),
				entry.source(), entry.externalId(), entry.supersedes(), entry.state(), entry.supersededBy(),
				entry.voidReason(), entry.supersededAt(), entry.supersededActorId());
	}

	static YearMonth month(Instant instant) {
		return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
	}

	static Set<YearMonth> months(Collection<EntryDraft> drafts) {
		Set<YearMonth> months = new HashSet<>();
		drafts.forEach(draft -> months.add(month(draft.occurredAt())));
		return months;
	}

}
