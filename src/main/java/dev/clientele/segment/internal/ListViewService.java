package dev.clientele.segment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.filter.Filter;
import dev.clientele.segment.ListView;
import dev.clientele.segment.ListViewChanged;
import dev.clientele.segment.ListViewManagement;
import dev.clientele.segment.SaveListView;
import dev.clientele.shared.ForbiddenException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
class ListViewService implements ListViewManagement {

	static final int MAX_KEYWORD = 200;

	static final int MAX_SORT = 200;

	private final ListViewRepository views;

	private final CustomerManagement customers;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ListViewService(ListViewRepository views, CustomerManagement customers, AccessManagement access,
			ApplicationEventPublisher events, Clock clock) {
		this.views = views;
		this.customers = customers;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<ListView> list() {
		Access current = reader();
		return views.visibleTo(current.userId());
	}

	@Override
	public ListView get(UUID id) {
		Access current = reader();
		return views.find(id)
			.filter(view -> view.shared() || view.ownerId().equals(current.userId()))
			.orElseThrow(ListViewService::notFound);
	}

	@Override
	@Transactional
	public ListView create(SaveListView command) {
		Access current = reader();
		checked(command);
		Instant now = now();
		ListView view = new ListView(UUID.randomUUID(), command.name().strip(), current.userId(), null, command.shared(),
				SegmentRules.blankToNull(command.keyword()), SegmentRules.blankToNull(command.filter()),
				sort(command.sort()), now, now);
		views.insert(view);
		events.publishEvent(new ListViewChanged(view.id(), current.userId(), "view.created"));
		return views.find(view.id()).orElseThrow();
	}

	@Override
	@Transactional
	public ListView update(UUID id, SaveListView command) {
		Access current = reader();
		ListView existing = owned(id, current);
		checked(command);
		ListView next = new ListView(id, command.name().strip(), existing.ownerId(), existing.ownerName(), command.shared(),
				SegmentRules.blankToNull(command.keyword()), SegmentRules.blankToNull(command.filter()),
				sort(command.sort()), existing.createdAt(), now());
		views.update(next);
		events.publishEvent(new ListViewChanged(id, current.userId(), "view.updated"));
		return views.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		Access current = reader();
		owned(id, current);
		views.delete(id);
		events.publishEvent(new ListViewChanged(id, current.userId(), "view.deleted"));
	}

	/** The view if the user owns it; another's shared view is refused, another's private one is not there. */
	private ListView owned(UUID id, Access current) {
		ListView view = get(id);
		if (!view.ownerId().equals(current.userId())) {
			throw ForbiddenException.notOwner();
		}
		return view;
	}

	/** Checks the texts, then the query as the customer list would run it for this user. */
	private void checked(SaveListView command) {
		Violations violations = new Violations();
		SegmentRules.checkTexts(command.name(), null, violations);
		if (command.keyword() != null && command.keyword().strip().length() > MAX_KEYWORD) {
			violations.add("keyword", "field.tooLong", MAX_KEYWORD);
		}
		if (command.sort() != null && command.sort().strip().length() > MAX_SORT) {
			violations.add("sort", "field.tooLong", MAX_SORT);
		}
		Filter filter = SegmentRules.parse(SegmentRules.blankToNull(command.filter()), violations);
		violations.throwIfAny();
		customers.check(new CustomerQuery(SegmentRules.blankToNull(command.keyword()), filter, sort(command.sort()),
				CustomerQuery.DEFAULT_LIMIT, null, false));
	}

	private static String sort(String sort) {
		return sort == null || sort.isBlank() ? null : sort.replace(" ", "");
	}

	private Access reader() {
		Access current = access.current();
		current.require(Permission.CUSTOMER_READ);
		return current;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static NotFoundException notFound() {
		return new NotFoundException("View");
	}

}
