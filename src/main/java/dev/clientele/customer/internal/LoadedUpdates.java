package dev.clientele.customer.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.CreateContact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.LoadCustomers;
import dev.clientele.customer.LoadOutcome;
import dev.clientele.customer.LoadOutcome.Result;
import dev.clientele.customer.UpdateContact;
import dev.clientele.customer.UpdateCustomer;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violation;
import dev.clientele.shared.WriteContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Updates the customers that loaded rows match (see {@link CustomerLoading}), with the contact a
 * row names, each row in a savepoint of the step's transaction; a dry run judges by the same rules
 * and neither writes nor locks.
 */
@Component
class LoadedUpdates {

	private final CustomerUpdates updates;

	private final CustomerRepository customers;

	/** Contacts come through their service, which depends on the customer service that loads. */
	private final ObjectProvider<ContactService> contacts;

	private final ContactRepository contactRows;

	private final TransactionTemplate savepoint;

	LoadedUpdates(CustomerUpdates updates, CustomerRepository customers, ObjectProvider<ContactService> contacts,
			ContactRepository contactRows, PlatformTransactionManager transactions) {
		this.updates = updates;
		this.customers = customers;
		this.contacts = contacts;
		this.contactRows = contactRows;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The live customers among {@code ids} in the actor's scope, read at once for a step's matched rows. */
	Map<UUID, Customer> read(Collection<UUID> ids, Access access) {
		Map<UUID, Customer> read = new HashMap<>();
		customers.findLive(ids, access.visibleOwners()).forEach(c -> read.put(c.id(), c));
		return read;
	}

	/**
	 * Updates the matched customer and, when the row names a contact, the contact it matches (or a
	 * new one), within a savepoint: a row rejected on its contact leaves its customer unchanged too.
	 * The row is checked once, on the customer as {@code read} holds it; a row without a contact
	 * that changes nothing neither locks nor writes: re-importing an unchanged file costs no
	 * statement per row.
	 *
	 * @param read the step's matched customers as {@link #read} read them; a customer written here is
	 * dropped from it, so that a later row of the step reads it again
	 */
	LoadOutcome update(LoadCustomers.Row row, UUID target, LoadCustomers command, ProfileRules rules, Access access,
			Map<UUID, Customer> read) {
		Optional<Customer> found = read.containsKey(target) ? Optional.of(read.get(target))
				: customers.find(target, access.visibleOwners()).filter(c -> !c.deleted());
		if (found.isEmpty()) {
			return CustomerLoading.rejected(row, Violation.of("", "load.matchNotVisible"));
		}
		Customer current = found.get();
		CustomerInput merged = LoadMerge.merge(current.profile(), row.input());
		WriteContext context = new WriteContext(command.actor(), row.source());
		UpdateCustomer update = new UpdateCustomer(target, current.version(), merged, context);
		try {
			CustomerUpdates.Checked checked = updates.check(current, update, access, rules);
			if (row.contact() == null && (checked.changesNothing() || command.dryRun())) {
				return outcome(row, checked.changesNothing() ? Result.UNCHANGED : Result.UPDATED, checked.next(), access);
			}
			read.remove(target);
			return savepoint.execute(status -> {
				Customer after = command.dryRun() ? checked.next() : updates.store(checked, command.batchId());
				boolean contactChanged = row.contact() != null && loadContact(after, row.contact(), context, command.dryRun(), rules);
				return outcome(row, checked.changesNothing() && !contactChanged ? Result.UNCHANGED : Result.UPDATED, after,
						access);
			});
		}
		catch (InvalidInputException ex) {
			return CustomerLoading.rejected(row, ex.violations());
		}
		catch (ConflictException | NotFoundException ex) {
			return CustomerLoading.rejected(row, Violation.of("", "load.changedMeanwhile"));
		}
	}

	private static LoadOutcome outcome(LoadCustomers.Row row, Result result, Customer customer, Access access) {
		return new LoadOutcome(row.number(), result, FieldView.customer(customer, access), List.of());
	}

	/**
	 * Updates the customer's contact that the row's contact matches (see {@link LoadMerge#sameContact}),
	 * or adds the row's contact to it; in a dry run, only judges by {@code rules} whether it would.
	 *
	 * @return whether a contact was (or would be) written
	 * @throws InvalidInputException with paths under {@code contacts[0].}, as the row's columns name them
	 */
	private boolean loadContact(Customer customer, ContactInput input, WriteContext context, boolean dryRun,
			ProfileRules rules) {
		if (customer.profile().kind() != CustomerKind.COMPANY) {
			throw InvalidInputException.of("contacts", "contact.companyOnly");
		}
		ContactService contacts = this.contacts.getObject();
		Optional<Contact> same = contactRows.findLiveByCustomer(customer.id())
			.stream()
			.filter(c -> LoadMerge.sameContact(c.profile(), input))
			.findFirst();
		try {
			if (dryRun) {
				if (same.isEmpty()) {
					rules.contact(input, Map.of());
					return true;
				}
				ContactProfile stored = same.get().profile();
				ContactProfile judged = rules.contact(LoadMerge.merge(stored, input), stored.customFields());
				return !ProfileJson.contact(judged).equals(ProfileJson.contact(stored));
			}
			if (same.isEmpty()) {
				contacts.create(new CreateContact(customer.id(), input, context));
				return true;
			}
			Contact stored = same.get();
			return contacts.update(new UpdateContact(stored.id(), stored.version(), LoadMerge.merge(stored.profile(), input),
					context)).version() != stored.version();
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.violations()
				.stream()
				.map(v -> new Violation("contacts[0]." + v.path(), v.code(), v.args()))
				.toList());
		}
	}

}
