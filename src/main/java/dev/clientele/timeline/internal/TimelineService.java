package dev.clientele.timeline.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Slice;
import dev.clientele.shared.WriteContext;
import dev.clientele.timeline.BatchLineResult;
import dev.clientele.timeline.CustomerFigures;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.FollowUpsDue;
import dev.clientele.timeline.OverdueFollowUps;
import dev.clientele.timeline.RecordEntry;
import dev.clientele.timeline.TimelineBatchRecorded;
import dev.clientele.timeline.TimelineEntry;
import dev.clientele.timeline.TimelineManagement;
import dev.clientele.timeline.TimelineQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline's façade: checks the current user's permission, then hands the work to kinds
 * ({@link KindCatalog}), single writes ({@link EntryWrites}), batch steps ({@link BatchSteps}),
 * figures ({@link FigureKeeper}) and follow-ups ({@link FollowUpLists}); reads pages itself.
 */
@Service
class TimelineService implements TimelineManagement {

	private final AccessManagement access;

	private final CustomerManagement customers;

	private final KindCatalog kinds;

	private final EntryWrites writes;

	private final EntryRepository entries;

	private final BatchSteps steps;

	private final FigureKeeper figures;

	private final FollowUpLists followUps;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	TimelineService(AccessManagement access, CustomerManagement customers, KindCatalog kinds, EntryWrites writes,
			EntryRepository entries, BatchSteps steps, FigureKeeper figures, FollowUpLists followUps,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.access = access;
		this.customers = customers;
		this.kinds = kinds;
		this.writes = writes;
		this.entries = entries;
		this.steps = steps;
		this.figures = figures;
		this.followUps = followUps;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	@Override
	public List<EntryKind> kinds() {
		access.current().require(Permission.TIMELINE_READ);
		return kinds.all();
	}

	@Override
	public EntryKind defineKind(DefineKind command) {
		access.current().require(Permission.TIMELINE_ADMIN);
		return kinds.define(command);
	}

	@Override
	public Recorded record(RecordEntry command) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_WRITE);
		return writes.record(command, access);
	}

	@Override
	public TimelineEntry voidEntry(UUID entryId, String reason, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_WRITE);
		return writes.voidEntry(entryId, reason, context, access);
	}

	@Override
	public Optional<TimelineEntry> entry(UUID entryId) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		return writes.visibleEntry(entryId).map(entry -> EntryView.of(entry, access));
	}

	@Override
	public Slice<TimelineEntry> timeline(TimelineQuery query) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_READ);
		if (query.limit() < 1 || query.limit() > TimelineQuery.MAX_LIMIT) {
			throw InvalidInputException.of("limit", "list.limit", TimelineQuery.MAX_LIMIT);
		}
		kinds.requireKnown(query.kinds());
		EntryCursor after = EntryCursor.decode(query.cursor());
		requireVisible(query.customerId());
		List<TimelineEntry> rows = entries.page(new EntryRepository.TimelinePage(query.customerId(), query.kinds(),
				query.occurredFrom(), query.occurredTo(), query.asOf(), query.trail(), query.limit(), after));
		boolean more = rows.size() > query.limit();
		List<TimelineEntry> page = more ? rows.subList(0, query.limit()) : rows;
		String next = more ? EntryCursor.after(page.get(page.size() - 1)).encode() : null;
		return new Slice<>(page.stream().map(entry -> EntryView.of(entry, access)).toList(), next);
	}

	@Override
	public void recordBatch(Iterator<BatchLine> lines, Consumer<BatchLineResult> results) {
		Access access = this.access.current();
		access.require(Permission.TIMELINE_WRITE);
		UUID batchId = Ids.newId();
		EntryRules rules = kinds.rules();
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
		requireVisible(customerId);
		return figures.of(customerId, access);
	}

	@Override
	public List<dev.clientele.timeline.Order> ordersSince(java.util.Collection<UUID> customerIds, java.time.Instant from) {
		return entries.ordersSince(customerIds, from);
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

	/** @throws NotFoundException unless the customer is live and in the reader's data scope */
	private void requireVisible(UUID customerId) {
		if (customers.visible(Set.of(customerId)).isEmpty()) {
			throw new NotFoundException("Customer");
		}
	}

}
