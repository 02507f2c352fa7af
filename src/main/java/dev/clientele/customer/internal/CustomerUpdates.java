package dev.clientele.customer.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerChanged;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.FieldChange;
import dev.clientele.customer.UpdateCustomer;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.WriteContext;
import dev.clientele.vocabulary.VocabularyManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a new state of a customer: checks it by today's rules, appends its version and renews
 * its search keys. Every check runs before the first write, so that a refused update leaves the
 * caller's transaction as it was (a bulk load goes on with its other rows).
 */
@Component
class CustomerUpdates {

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	private final VersionRepository versions;

	private final SearchKeyRepository searchKeys;

	private final ProfileRules rules;

	private final UniqueValues uniqueValues;

	private final ErasedSubjects erasedSubjects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerUpdates(CustomerRepository customers, ContactRepository contacts, VersionRepositories versions,
			SearchKeyRepository searchKeys, CustomFieldManagement customFields, UserManagement users,
			VocabularyManagement vocabularies, UniqueValues uniqueValues, ErasedSubjects erasedSubjects,
			ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.contacts = contacts;
		this.versions = versions.customers();
		this.searchKeys = searchKeys;
		this.rules = new ProfileRules(id -> users.find(id).filter(User::active).isPresent(), customFields::check,
				vocabularies::rules);
		this.uniqueValues = uniqueValues;
		this.erasedSubjects = erasedSubjects;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param batchId the bulk operation the update belongs to, or {@code null}
	 * @return the customer as stored now, unmasked (unchanged, at its old version, when the input
	 * changes nothing)
	 * @throws dev.clientele.shared.InvalidInputException for bad input, before anything is written
	 * @throws ConflictException if the customer is no longer at the expected version
	 * @throws NotFoundException if it does not exist, is deleted or is out of the actor's scope
	 */
	Customer update(UpdateCustomer command, Access access, UUID batchId) {
		return store(check(locked(command, access), command, access, rules, false), batchId);
	}

	/**
	 * An update that puts back values the customer held before (a version taken back): its level,
	 * industry and source are kept even if their entries were retired meanwhile or they are older
	 * than the vocabularies; everything else is checked as by {@link #update}.
	 */
	Customer putBack(UpdateCustomer command, Access access) {
		return store(check(locked(command, access), command, access, rules, true), null);
	}

	/**
	 * A new state of a customer, checked and ready to be {@link #store stored}; {@code next} is
	 * {@code current} when nothing changes.
	 */
	record Checked(Customer current, Customer next, List<FieldChange> changes, Set<String> uniqueKeys,
			WriteContext context) {

		boolean changesNothing() {
			return changes.isEmpty();
		}

	}

	/**
	 * Checks an update of the customer as the caller read it, without reading it again nor
	 * writing: a customer changed since fails the version check of {@link #store}.
	 *
	 * @param current the live customer, in the actor's scope, at the command's expected version
	 * @param rules the rules to check by, e.g. a bulk load's (see {@link CustomerCreation#batchRules})
	 * @throws dev.clientele.shared.InvalidInputException as {@link #update} would
	 */
	Checked check(Customer current, UpdateCustomer command, Access access, ProfileRules rules) {
		return check(current, command, access, rules, false);
	}

	/**
	 * Writes a checked update (nothing when it changes nothing), appends its version, renews the
	 * search keys and publishes {@link CustomerChanged}.
	 *
	 * @param batchId the bulk operation the update belongs to, or {@code null}
	 * @return the customer as stored now
	 * @throws ConflictException if the customer is no longer at the version it was checked at
	 */
	Customer store(Checked checked, UUID batchId) {
		if (checked.changesNothing()) {
			return checked.current();
		}
		Customer next = checked.next();
		write(next, checked.current(), checked.context(), checked.uniqueKeys());
		searchKeys.replace(keysOf(next));
		events.publishEvent(new CustomerChanged(next.id(), next.version(), checked.context().actor(),
				checked.changes().stream().map(FieldChange::field).toList(), batchId));
		return next;
	}

	private Customer locked(UpdateCustomer command, Access access) {
		return customers.findForUpdate(command.id(), access.visibleOwners())
			.filter(c -> !c.deleted())
			.orElseThrow(() -> new NotFoundException("Customer"));
	}

	private Checked check(Customer current, UpdateCustomer command, Access access, ProfileRules rules,
			boolean restoring) {
		if (current.version() != command.expectedVersion()) {
			throw ConflictException.stale();
		}
		CustomerInput input = command.keepUneditable()
				? WriteRules.keepUneditable(command.input(), CustomerInput.of(current.profile()), access) : command.input();
		CustomerProfile held = restoring ? withVocabularyValues(current.profile(), input) : current.profile();
		CustomerProfile profile = rules.customer(input, current.profile().ownerId(), held);
		Customer next = new Customer(current.id(), profile, null, current.createdAt(), current.createdBy(),
				clock.instant().truncatedTo(ChronoUnit.MICROS), command.context().actor(), null, current.version() + 1);
		List<FieldChange> changes = ProfileJson.changes(Snapshots.customer(current), Snapshots.customer(next));
		if (changes.isEmpty()) {
			return new Checked(current, current, changes, Set.of(), command.context());
		}
		WriteRules.requireEditable(changes, access, "");
		WriteRules.requireTransferAllowed(changes, access);
		erasedSubjects.check(ErasedSubjects.Values.changed("", profile.phones(), profile.emails(),
				current.profile().phones(), current.profile().emails()));
		Set<String> uniqueKeys = uniqueValues.keys();
		uniqueValues.check(profile, uniqueKeys, current.id());
		return new Checked(current, next, changes, uniqueKeys, command.context());
	}

	/** The profile with the level, industry and source of the input: values the customer may keep. */
	private static CustomerProfile withVocabularyValues(CustomerProfile p, CustomerInput in) {
		return new CustomerProfile(p.kind(), p.name(), p.phones(), p.emails(), p.province(), p.city(), p.district(),
				p.address(), stripped(in.industry()), stripped(in.level()), stripped(in.source()), p.status(), p.ownerId(),
				p.tags(), p.notes(), p.customFields());
	}

	private static String stripped(String text) {
		return text == null ? null : text.strip();
	}

	/** Writes {@code next} over {@code current} and appends its version. */
	void write(Customer next, Customer current, WriteContext context, Set<String> uniqueKeys) {
		if (!customers.update(next, current.version(), uniqueKeys)) {
			throw ConflictException.stale();
		}
		versions.appendAll(List.of(Snapshots.version(context, next, Snapshots.customer(current))));
	}

	SearchKeyRepository.CustomerKeys keysOf(Customer customer) {
		return new SearchKeyRepository.CustomerKeys(customer.id(), customer.profile().ownerId(),
				SearchKeys.of(customer.profile(), contacts.liveNames(customer.id())));
	}

}
