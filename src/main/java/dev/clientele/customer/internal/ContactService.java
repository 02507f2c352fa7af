package dev.clientele.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactChanged;
import dev.clientele.customer.ContactCreated;
import dev.clientele.customer.ContactDeleted;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.ContactRestored;
import dev.clientele.customer.CreateContact;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;
import dev.clientele.customer.UpdateContact;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Source;
import dev.clientele.shared.Violations;
import dev.clientele.shared.WriteContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Service
// a record that is not there (or no longer) is an answer, not a failure of the caller's transaction
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
class ContactService implements ContactManagement {

	private final ContactRepository contacts;

	private final CustomerRepository customers;

	private final VersionRepository versions;

	private final CustomerService customerService;

	private final ProfileRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessManagement access;

	private final ErasedSubjects erasedSubjects;

	ContactService(ContactRepository contacts, CustomerRepository customers, VersionRepositories versionRepositories,
			CustomerService customerService, CustomFieldManagement customFields, UserManagement users,
			ApplicationEventPublisher events, Clock clock, AccessManagement access, ErasedSubjects erasedSubjects) {
		this.access = access;
		this.erasedSubjects = erasedSubjects;
		this.contacts = contacts;
		this.customers = customers;
		this.versions = versionRepositories.contacts();
		this.customerService = customerService;
		this.rules = ProfileRules.forContacts(id -> users.find(id).filter(User::active).isPresent(), customFields::check);
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Contact create(CreateContact command) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_CREATE);
		Customer customer = customers.findForUpdate(command.customerId(), access.visibleOwners())
			.filter(c -> !c.deleted())
			.orElseThrow(() -> new NotFoundException("Customer"));
		if (customer.profile().kind() != CustomerKind.COMPANY) {
			throw InvalidInputException.of("customerId", "contact.companyOnly");
		}
		ContactProfile profile = rules.contact(command.input(), Map.of());
		WriteRules.requireEditable(ProfileJson.changes(ProfileJson.JSON.createObjectNode(), ProfileJson.contact(profile)),
				access, FieldView.CONTACT);
		erasedSubjects.check(ErasedSubjects.Values.added("", profile.phones(), profile.emails()));
		UUID actor = command.context().actor();
		Instant now = now();
		Contact contact = new Contact(Ids.newId(), customer.id(), profile, now, actor, now, actor, null, 1);
		if (profile.primary()) {
			unmarkOtherPrimaries(contact, command.context());
		}
		contacts.insert(contact);
		versions.appendAll(List.of(Snapshots.version(command.context(), contact, ProfileJson.JSON.createObjectNode())));
		customerService.refreshSearchKeys(customer.id());
		events.publishEvent(new ContactCreated(contact.id(), customer.id(), 1, actor));
		return FieldView.contact(contact, access);
	}

	@Override
	@Transactional
	public Contact update(UpdateContact command) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_UPDATE);
		Contact current = live(command.id(), true);
		if (current.version() != command.expectedVersion()) {
			throw ConflictException.stale();
		}
		ContactProfile profile = rules.contact(command.input(), current.profile().customFields());
		Contact next = new Contact(current.id(), current.customerId(), profile, current.createdAt(), current.createdBy(),
				now(), command.context().actor(), null, current.version() + 1);
		List<FieldChange> changes = ProfileJson.changes(Snapshots.contact(current), Snapshots.contact(next));
		if (changes.isEmpty()) {
			return FieldView.contact(current, access);
		}
		WriteRules.requireEditable(changes, access, FieldView.CONTACT);
		erasedSubjects.check(ErasedSubjects.Values.changed("", profile.phones(), profile.emails(),
				current.profile().phones(), current.profile().emails()));
		if (profile.primary() && !current.profile().primary()) {
			unmarkOtherPrimaries(next, command.context());
		}
		write(next, current, command.context());
		events.publishEvent(new ContactChanged(next.id(), next.customerId(), next.version(), command.context().actor(),
				changes.stream().map(FieldChange::field).toList()));
		return FieldView.contact(next, access);
	}

	@Override
	@Transactional
	public Contact delete(UUID id, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_DELETE);
		Contact current = live(id, true);
		Instant now = now();
		Contact next = new Contact(id, current.customerId(), current.profile(), current.createdAt(), current.createdBy(),
				now, context.actor(), now, current.version() + 1);
		write(next, current, context);
		events.publishEvent(new ContactDeleted(id, next.customerId(), next.version(), context.actor()));
		return FieldView.contact(next, access);
	}

	@Override
	@Transactional
	public Contact restore(UUID id, WriteContext context) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_DELETE);
		Contact current = contacts.findForUpdate(id)
			.filter(c -> liveCustomer(c.customerId()))
			.orElseThrow(() -> new NotFoundException("Contact"));
		if (!current.deleted()) {
			throw new ConflictException("customer.notDeleted", "The contact is not deleted");
		}
		Contact next = new Contact(id, current.customerId(), current.profile(), current.createdAt(), current.createdBy(),
				now(), context.actor(), null, current.version() + 1);
		write(next, current, context);
		events.publishEvent(new ContactRestored(id, next.customerId(), next.version(), context.actor()));
		return FieldView.contact(next, access);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<UUID, UUID> customersOf(java.util.Collection<UUID> ids) {
		access.current().require(Permission.CONTACT_READ);
		return contacts.customersOf(ids);
	}

	@Override
	public Optional<Contact> find(UUID id) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_READ);
		return contacts.find(id)
			.filter(c -> !c.deleted())
			.filter(c -> liveCustomer(c.customerId()))
			.map(c -> FieldView.contact(c, access));
	}

	/** A live contact as stored, unmasked, for the adapters that merge changes into it; needs the update permission. */
	Optional<Contact> findForWrite(UUID id) {
		this.access.current().require(Permission.CONTACT_UPDATE);
		return contacts.find(id).filter(c -> !c.deleted()).filter(c -> liveCustomer(c.customerId()));
	}

	@Override
	public List<Contact> listByCustomer(UUID customerId) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_READ);
		if (!liveCustomer(customerId)) {
			throw new NotFoundException("Customer");
		}
		return contacts.findLiveByCustomer(customerId).stream().map(c -> FieldView.contact(c, access)).toList();
	}

	@Override
	@Transactional
	public int undoSource(UUID customerId, Source source, WriteContext context) {
		int changed = 0;
		for (ContactRepository.VersionRef ref : contacts.versionsBySource(customerId, source.value())) {
			Optional<Contact> current = contacts.find(ref.contactId()).filter(c -> !c.deleted());
			if (current.isEmpty()) {
				continue;
			}
			if (ref.version() == 1) {
				delete(ref.contactId(), context);
				changed++;
				continue;
			}
			RecordVersion undone = versions.find(ref.contactId(), ref.version()).orElseThrow();
			ObjectNode now = Snapshots.contact(current.get());
			ObjectNode target = VersionUndo.undo(now, undone.changes());
			if (target.equals(now)) {
				continue;
			}
			for (JsonNode phone : target.path("phones")) {
				((ObjectNode) phone).remove("e164");
			}
			Violations violations = new Violations();
			ContactInput input = JsonInput.contact(target, violations);
			violations.throwIfAny();
			update(new UpdateContact(ref.contactId(), current.get().version(), input, context));
			changed++;
		}
		return changed;
	}

	@Override
	public List<RecordVersion> versions(UUID id) {
		Access access = this.access.current();
		access.require(Permission.CONTACT_READ);
		return contacts.find(id)
			.filter(c -> liveCustomer(c.customerId()))
			.map(c -> versions.list(id)
				.stream()
				.map(v -> new RecordVersion(v.recordId(), v.version(), FieldView.snapshot(v.snapshot(), access, FieldView.CONTACT),
						FieldView.changes(v.changes(), access, FieldView.CONTACT), v.actorId(), v.actorName(),
						v.recordedAt(), v.source(), v.reason()))
				.toList())
			.orElseThrow(() -> new NotFoundException("Contact"));
	}

	private void unmarkOtherPrimaries(Contact primary, WriteContext context) {
		for (Contact other : contacts.findLiveByCustomer(primary.customerId())) {
			if (other.profile().primary() && !other.id().equals(primary.id())) {
				ContactProfile p = other.profile();
				ContactProfile unmarked = new ContactProfile(p.name(), p.title(), p.phones(), p.emails(), false, p.notes(),
						p.customFields());
				Contact next = new Contact(other.id(), other.customerId(), unmarked, other.createdAt(), other.createdBy(),
						now(), context.actor(), null, other.version() + 1);
				write(next, other, context);
				events.publishEvent(new ContactChanged(other.id(), other.customerId(), next.version(), context.actor(),
						List.of("primary")));
			}
		}
	}

	private void write(Contact next, Contact current, WriteContext context) {
		if (!contacts.update(next, current.version())) {
			throw ConflictException.stale();
		}
		versions.appendAll(List.of(Snapshots.version(context, next, Snapshots.contact(current))));
		customerService.refreshSearchKeys(next.customerId());
	}

	private Contact live(UUID id, boolean lock) {
		Optional<Contact> contact = lock ? contacts.findForUpdate(id) : contacts.find(id);
		return contact.filter(c -> !c.deleted())
			.filter(c -> liveCustomer(c.customerId()))
			.orElseThrow(() -> new NotFoundException("Contact"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> mailAddress(UUID customerId, UUID contactId) {
		Access access = this.access.current();
		access.require(Permission.CUSTOMER_READ);
		Customer customer = customers.find(customerId, access.visibleOwners())
			.filter(c -> !c.deleted())
			.orElseThrow(() -> new NotFoundException("Customer"));
		if (contactId == null) {
			return customer.profile().emails().stream().findFirst().map(dev.clientele.customer.Email::address);
		}
		Contact contact = contacts.find(contactId)
			.filter(c -> !c.deleted() && c.customerId().equals(customerId))
			.orElseThrow(() -> dev.clientele.shared.InvalidInputException.of("contactId", "contact.notOfCustomer"));
		return contact.profile().emails().stream().findFirst().map(dev.clientele.customer.Email::address);
	}

	/** Whether the contact's customer is live and in the current user's scope. */
	private boolean liveCustomer(UUID customerId) {
		return customers.find(customerId, access.current().visibleOwners()).filter(c -> !c.deleted()).isPresent();
	}



	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
