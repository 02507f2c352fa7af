package dev.clientele.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerDeleted;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.customer.CustomersAsOf;
import dev.clientele.customer.ExportedCustomer;
import dev.clientele.customer.CustomerRestored;
import dev.clientele.customer.LoadCustomers;
import dev.clientele.customer.LoadOutcome;
import dev.clientele.customer.MatchCount;
import dev.clientele.customer.RecordVersion;
import dev.clientele.customer.UpdateCustomer;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Source;
import dev.clientele.shared.Slice;
import dev.clientele.shared.WriteContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
// a record that is not there (or no longer) is an answer, not a failure of the caller's transaction
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
class CustomerService implements CustomerManagement {

	private final CustomerRepository customers;

	private final VersionRepository versions;

	private final SearchKeyRepository searchKeys;

	private final CustomerListQuery listQuery;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessManagement access;

	private final CustomerCreation creation;

	private final CustomerUpdates updates;

	private final CustomerLoading loading;

	private final UniqueValues uniqueValues;

	private final CustomerStewardship stewardship;

	private final CustomerHistory history;

	private final CustomerExport export;

	private final ErasedSubjects erasedSubjects;

	private final ReachableCustomers reachable;

	CustomerService(CustomerRepository customers, VersionRepositories versions, SearchKeyRepository searchKeys, CustomerListQuery listQuery,
			ApplicationEventPublisher events, Clock clock, AccessManagement access, CustomerCreation creation,
			CustomerUpdates updates, CustomerLoading loading, UniqueValues uniqueValues,
			CustomerStewardship stewardship, CustomerHistory history, CustomerExport export,
			ErasedSubjects erasedSubjects, ReachableCustomers reachable) {
		this.customers = customers;
		this.versions = versions.customers();
		this.searchKeys = searchKeys;
		this.listQuery = listQuery;
		this.events = events;
		this.clock = clock;
		this.access = access;
		this.creation = creation;
		this.updates = updates;
		this.loading = loading;
		this.uniqueValues = uniqueValues;
		this.stewardship = stewardship;
		this.history = history;
		this.export = export;
		this.erasedSubjects = erasedSubjects;
		this.reachable = reachable;
	}

	@Override
	@Transactional
	public Customer create(CreateCustomer command) {
		return createAll(List.of(command)).get(0);
	}

	@Override
	@Transactional
	public List<Customer> createAll(List<CreateCustomer> commands) {
		Access access = this.access.current();
		List<Customer> created = creation.createAll(commands, access);
		if (created.size() == 1) {
			return List.of(FieldView.customer(customers.find(created.get(0).id()).orElseThrow(), access));
		}
		return created.stream().map(c -> FieldView.customer(c, access)).toList();
	}

	@Override
	@Transactional
	public Customer update(UpdateCustomer command) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_UPDATE);
		return updated(updates.update(command, access, null), access);
	}

	@Override
	@Transactional
	public List<LoadOutcome> load(LoadCustomers command) {
		return loading.load(command, access.current());
	}

	@Override
	@Transactional
	public Customer delete(UUID id, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_DELETE);
		Customer current = live(customers.findForUpdate(id, access.visibleOwners()));
		Instant now = now();
		Customer next = new Customer(id, current.profile(), null, current.createdAt(), current.createdBy(), now,
				context.actor(), now, current.version() + 1);
		updates.write(next, current, context, uniqueValues.keys());
		searchKeys.remove(id);
		events.publishEvent(new CustomerDeleted(id, next.version(), context.actor()));
		return FieldView.customer(customers.find(id).orElseThrow(), access);
	}

	@Override
	@Transactional
	public Customer restore(UUID id, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_DELETE);
		Customer current = customers.findForUpdate(id, access.visibleOwners()).orElseThrow(() -> new NotFoundException("Customer"));
		if (!current.deleted()) {
			throw new ConflictException("customer.notDeleted", "The customer is not in the recycle bin");
		}
		erasedSubjects.requireNotErased(current);
		Set<String> uniqueKeys = uniqueValues.keys();
		uniqueValues.check(current.profile(), uniqueKeys, id);
		Customer next = new Customer(id, current.profile(), null, current.createdAt(), current.createdBy(), now(),
				context.actor(), null, current.version() + 1);
		updates.write(next, current, context, uniqueKeys);
		searchKeys.replace(updates.keysOf(next));
		events.publishEvent(new CustomerRestored(id, next.version(), context.actor()));
		return FieldView.customer(customers.find(id).orElseThrow(), access);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public Optional<Customer> find(UUID id) {
		return findIncludingDeleted(id).filter(c -> !c.deleted());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public java.util.Set<UUID> visible(java.util.Collection<UUID> ids) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		return customers.visibleLive(ids, access.visibleOwners());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public java.util.Map<UUID, Customer> findAll(java.util.Collection<UUID> ids) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		java.util.Map<UUID, Customer> found = new java.util.HashMap<>();
		customers.findLive(ids, access.visibleOwners()).forEach(c -> found.put(c.id(), FieldView.customer(c, access)));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Reachable> reachable(java.util.Collection<UUID> ids) {
		return reachable.of(ids);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public Optional<Customer> findIncludingDeleted(UUID id) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		Optional<Customer> customer = customers.find(id, access.visibleOwners());
		customer.ifPresent(erasedSubjects::requireNotErased);
		return customer.map(c -> FieldView.customer(c, access));
	}

	/** A live customer as stored, unmasked, for the adapters that merge changes into it; needs the update permission. */
	Optional<Customer> findForWrite(UUID id) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_UPDATE);
		return customers.find(id, access.visibleOwners()).filter(c -> !c.deleted());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public Slice<Customer> list(CustomerQuery query) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		return listQuery.page(query, access).map(c -> FieldView.customer(c, access));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true, noRollbackFor = NotFoundException.class)
	public MatchCount count(CustomerQuery query) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		return listQuery.count(query, access);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<UUID> ids(dev.clientele.filter.Filter filter, Access access) {
		access.require(Permission.CUSTOMER_READ);
		return listQuery.ids(filter, access);
	}

	@Override
	public void check(CustomerQuery query) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		listQuery.check(query, access);
	}

	@Override
	public List<RecordVersion> versions(UUID id) {
		return history.versions(id, access.current());
	}

	@Override
	public Optional<RecordVersion> version(UUID id, int version) {
		return history.version(id, version, access.current());
	}

	/** One snapshot throughout: pages read later must not lose or repeat customers edited meanwhile. */
	@Override
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public long export(CustomerQuery query, Instant asOf, java.util.function.Consumer<ExportedCustomer> sink) {
		return export.each(query, asOf, access.current(), sink);
	}

	@Override
	public CustomersAsOf listAsOf(CustomerQuery query, Instant at) {
		return history.list(query, at, access.current());
	}

	@Override
	public Optional<RecordVersion> asOf(UUID id, Instant at) {
		return history.asOf(id, at, access.current());
	}

	@Override
	@Transactional
	public Customer restoreVersion(UUID id, int version, int expectedVersion, WriteContext context) {
		access.current().require(Permission.CUSTOMER_UPDATE);
		if (findForWrite(id).isEmpty()) {
			throw new NotFoundException("Customer");
		}
		return update(new UpdateCustomer(id, expectedVersion, history.inputOf(id, version),
				context.withSource(Source.restore(version))));
	}

	@Override
	public List<String> filterFields() {
		return listQuery.fieldNames();
	}

	@Override
	@Transactional
	public String reveal(UUID id, String field) {
		return stewardship.reveal(id, field, access.current());
	}

	@Override
	@Transactional
	public int handOver(UUID fromUser, UUID toUser, WriteContext context) {
		return stewardship.handOver(fromUser, toUser, context, access.current());
	}

	/** Re-computes the search keys of a customer after one of its contacts changed. */
	@Transactional
	void refreshSearchKeys(UUID customerId) {
		customers.find(customerId).filter(c -> !c.deleted()).ifPresent(c -> searchKeys.replace(updates.keysOf(c)));
	}

	@Override
	@Transactional
	public Customer undoVersion(UUID id, int version, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_UPDATE);
		Customer current = findForWrite(id).orElseThrow(() -> new NotFoundException("Customer"));
		RecordVersion undone = versions.find(id, version).orElseThrow(() -> new NotFoundException("Version"));
		tools.jackson.databind.node.ObjectNode now = Snapshots.customer(current);
		tools.jackson.databind.node.ObjectNode target = VersionUndo.undo(now, undone.changes());
		if (target.equals(now)) {
			return FieldView.customer(current, access);
		}
		return updated(updates.putBack(new UpdateCustomer(id, current.version(), CustomerHistory.input(target), context),
				access), access);
	}

	/** The customer as the writer sees it after an update. */
	private Customer updated(Customer stored, Access access) {
		return FieldView.customer(customers.find(stored.id()).orElseThrow(), access);
	}

	private static Customer live(Optional<Customer> customer) {
		return customer.filter(c -> !c.deleted()).orElseThrow(() -> new NotFoundException("Customer"));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
