package dev.clientele.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;

/**
 * The façade for contacts. Like customers, every write appends a version row in its own
 * transaction and keeps the company's search keys current (contact names find the company).
 */
public interface ContactManagement {

	/**
	 * Adds a contact to a live company customer. Marking it primary unmarks the previous primary
	 * contact (as a new version of that contact).
	 */
	Contact create(CreateContact command);

	/** Replaces a contact's content if it is still at the expected version. */
	Contact update(UpdateContact command);

	Contact delete(UUID id, WriteContext context);

	Contact restore(UUID id, WriteContext context);

	/** A live contact of a live customer. */
	Optional<Contact> find(UUID id);

	/** The customer of each live contact among {@code ids}; contacts not found are absent. */
	java.util.Map<UUID, UUID> customersOf(java.util.Collection<UUID> ids);

	/**
	 * The first email address of a live customer in the current user's data scope, or of one of its
	 * live contacts, whatever the user's field access: for sending the customer a message that the
	 * user may trigger without reading the address (a double opt-in confirmation). Callers never
	 * show it. Needs {@code customer:read}.
	 *
	 * @param contactId a contact of the customer, or {@code null} for the customer itself
	 * @return empty if the customer (or contact) has no email address
	 * @throws dev.clientele.shared.NotFoundException if the customer is not live or out of scope
	 * @throws dev.clientele.shared.InvalidInputException naming {@code contactId} if it is not a live contact of the customer
	 */
	Optional<String> mailAddress(UUID customerId, UUID contactId);

	/** The live contacts of a live customer, primary first, then by name. */
	List<Contact> listByCustomer(UUID customerId);

	/**
	 * Takes back what the writes with one source did to a customer's contacts, newest first: a
	 * contact they created goes to the recycle bin, a change they made is taken back field by field
	 * where the contact still holds the value written (later edits are kept), each as a new version
	 * written with {@code context}.
	 *
	 * @return how many contacts were changed
	 */
	int undoSource(UUID customerId, Source source, WriteContext context);

	/** The contact's versions, newest first. */
	List<RecordVersion> versions(UUID id);

}
