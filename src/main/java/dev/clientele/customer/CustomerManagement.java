package dev.clientele.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.Slice;
import dev.clientele.shared.WriteContext;

/**
 * The façade of the customer module. Every write runs in one transaction that also appends the
 * customer's version row and updates its search keys; an event follows after commit.
 */
public interface CustomerManagement {

	/**
	 * Creates a customer at version 1.
	 *
	 * @throws dev.clientele.shared.InvalidInputException listing every bad field; nothing is written
	 */
	Customer create(CreateCustomer command);

	/**
	 * Creates many customers in one transaction, each with its own version 1 row. Either all are
	 * created or, if one is invalid, none.
	 */
	List<Customer> createAll(List<CreateCustomer> commands);

	/**
	 * Loads rows as a bulk import does, each judged on its own: a row that breaks a rule (or the
	 * erasure block list, or a unique field, or matches in {@link LoadMode#CREATE}) is rejected with
	 * its violations and leaves nothing behind, the others are written, all in the caller's
	 * transaction. In {@link LoadMode#UPDATE} a matching row's non-blank values replace the
	 * customer's, and its phones, emails and tags are added to those the customer has. Created
	 * customers cause one {@link CustomersCreated} for the step; updates carry the batch id.
	 *
	 * @return one outcome per row, in the rows' order
	 */
	java.util.List<LoadOutcome> load(LoadCustomers command);

	/**
	 * Replaces a customer's content and appends a version listing the changed fields. An update
	 * that changes nothing writes nothing and returns the customer as it is.
	 *
	 * @throws dev.clientele.shared.ConflictException if the customer is no longer at the expected version
	 * @throws dev.clientele.shared.NotFoundException if it does not exist or is deleted
	 */
	Customer update(UpdateCustomer command);

	/** Moves a customer to the recycle bin ({@code deletedAt} set) as a new version. */
	Customer delete(UUID id, WriteContext context);

	/** Brings a customer back from the recycle bin as a new version. */
	Customer restore(UUID id, WriteContext context);

	/** A live customer; empty if it does not exist or is deleted. */
	Optional<Customer> find(UUID id);

	/**
	 * The ids among {@code ids} of live customers the current user sees (the data scope applied in
	 * SQL), for modules that write about many customers at once.
	 */
	java.util.Set<UUID> visible(java.util.Collection<UUID> ids);

	/**
	 * The live customers among {@code ids} that the current user sees (the data scope applied in
	 * SQL), by id, with the reader's field permissions applied: for modules that name many customers
	 * at once. Ids out of scope, unknown or in the recycle bin are absent from the map.
	 */
	java.util.Map<UUID, Customer> findAll(java.util.Collection<UUID> ids);

	/**
	 * The live customers among {@code ids} as stored, each with its live contacts (primary first),
	 * ignoring data scope and field permissions: for reaching customers on the company's behalf after
	 * a user in scope decided to (a started campaign sends to its members), never for showing to a user.
	 */
	java.util.Map<UUID, Reachable> reachable(java.util.Collection<UUID> ids);

	/** A customer as stored, with its live contacts. */
	record Reachable(Customer customer, List<Contact> contacts) {

		public Reachable {
			contacts = List.copyOf(contacts);
		}

	}

	/** A customer, deleted or not. */
	Optional<Customer> findIncludingDeleted(UUID id);

	/**
	 * One page of customers.
	 *
	 * @throws dev.clientele.shared.InvalidInputException for unknown filter or sort fields, bad
	 * operands, a malformed cursor or an out-of-range limit
	 */
	Slice<Customer> list(CustomerQuery query);

	/** How many customers match, counted up to {@link MatchCount#CAP}; paging fields are ignored. */
	MatchCount count(CustomerQuery query);

	/**
	 * The ids of every live customer that matches the filter and lies in the given access's data
	 * scope, in one query that reads ids only (no order, no cap): for modules that act on many
	 * customers at once, e.g. a segment's members. Needs {@code customer:read} in {@code access};
	 * the filter may only name fields the access can read.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming the bad parts of the filter
	 * @throws dev.clientele.shared.ForbiddenException without the permission, or for unreadable fields
	 */
	List<UUID> ids(dev.clientele.filter.Filter filter, dev.clientele.access.Access access);

	/**
	 * Checks a list query (keyword, filter and sort) as {@link #list} would, for the current user,
	 * without running it: for modules that store queries to run later, such as saved views.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming the bad parts
	 * @throws dev.clientele.shared.ForbiddenException for fields the user may not read
	 */
	void check(CustomerQuery query);

	/** The customer's versions, newest first; empty if the customer does not exist. */
	List<RecordVersion> versions(UUID id);

	/** One version of a customer, with the reader's field permissions applied. */
	Optional<RecordVersion> version(UUID id, int version);

	/**
	 * The version in force at an instant ("as recorded then"); empty if the customer did not exist
	 * yet, or was in the recycle bin then.
	 */
	Optional<RecordVersion> asOf(UUID id, java.time.Instant at);

	/**
	 * Customers as they were recorded at an instant, with the same keyword, filter and sort as
	 * {@link #list} (a keyword search without a sort orders by {@code -updatedAt}); the reader's
	 * current scope and field permissions apply. Reads every version in scope, so it is slower
	 * than the live list.
	 *
	 * @throws dev.clientele.shared.InvalidInputException as {@link #list} does, and for fields that
	 * versions do not record (fields other modules contribute)
	 */
	CustomersAsOf listAsOf(CustomerQuery query, java.time.Instant at);

	/**
	 * Hands every customer the query matches to {@code sink}, live or as recorded at {@code asOf},
	 * with the reader's scope and field permissions, all read from one snapshot of the database;
	 * {@code limit} and {@code cursor} are ignored. Live customers come in the query's order (a
	 * keyword search without a sort goes by {@code -updatedAt}, so that no match is left out); as of
	 * an instant they come in the query's order when it names a sort (sorted in memory) and in the
	 * order the versions are read otherwise. Memory stays flat but for that in-memory sort.
	 *
	 * @param asOf an instant, or {@code null} for the live customers
	 * @return how many customers were handed over
	 */
	long export(CustomerQuery query, java.time.Instant asOf, java.util.function.Consumer<ExportedCustomer> sink);

	/**
	 * Brings a live customer back to the content of an earlier version, as a new version with
	 * source {@code restore:<version>}; history is never rewritten. The content is checked by
	 * today's rules (and field permissions) like any update.
	 *
	 * @throws dev.clientele.shared.ConflictException if the customer is no longer at {@code expectedVersion}
	 */
	Customer restoreVersion(UUID id, int version, int expectedVersion, WriteContext context);

	/**
	 * Takes back what one version changed, field by field, where the customer still holds the
	 * value that version wrote (later edits are kept), as a new version written with
	 * {@code context}; nothing is written when no field qualifies. A level, industry or source
	 * comes back even if its vocabulary entry was retired meanwhile, or the value is older than
	 * the vocabularies: the customer held it.
	 */
	Customer undoVersion(UUID id, int version, WriteContext context);

	/** The names of the fields lists can be filtered by, standard and custom. */
	List<String> filterFields();

	/**
	 * The whole value of one field that the current user sees masked, as JSON text; needs
	 * {@code customer:reveal}, and every reveal is audited.
	 *
	 * @throws dev.clientele.shared.ForbiddenException if the user lacks the permission or the field is hidden to them
	 * @throws dev.clientele.shared.InvalidInputException if the field does not exist or is not masked
	 */
	String reveal(UUID id, String field);

	/**
	 * Hands every customer of one owner to another, each as a new version with source
	 * {@code system:handover}, in one transaction audited once; needs {@code customer:transfer}.
	 *
	 * @return how many customers changed hands
	 */
	int handOver(UUID fromUser, UUID toUser, WriteContext context);

}
