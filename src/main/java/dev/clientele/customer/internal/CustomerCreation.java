package dev.clientele.customer.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.Permission;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.Contact;
import dev.clientele.customer.ContactCreated;
import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerCreated;
import dev.clientele.customer.CustomersCreated;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.RecordVersion;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import dev.clientele.shared.Violations;
import dev.clientele.vocabulary.VocabularyManagement;
import dev.clientele.vocabulary.VocabularyRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates customers with their first contacts in batches: every row, version and search key
 * of a batch is written with one bulk insert per table (COPY on PostgreSQL, see
 * {@link dev.clientele.shared.BulkInsert}), and custom field definitions and owners
 * are looked up once per batch, so that demo data and imports create thousands a second.
 */
@Component
class CustomerCreation {

	private final CustomerRepository customers;

	private final ContactRepository contacts;

	private final VersionRepositories versions;

	private final SearchKeyRepository searchKeys;

	private final CustomFieldManagement customFields;

	private final UniqueValues uniqueValues;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ErasedSubjects erasedSubjects;

	private final VocabularyManagement vocabularies;

	CustomerCreation(CustomerRepository customers, ContactRepository contacts, VersionRepositories versions,
			SearchKeyRepository searchKeys, CustomFieldManagement customFields, UniqueValues uniqueValues,
			UserManagement users, ApplicationEventPublisher events, Clock clock, ErasedSubjects erasedSubjects,
			VocabularyManagement vocabularies) {
		this.erasedSubjects = erasedSubjects;
		this.vocabularies = vocabularies;
		this.uniqueValues = uniqueValues;
		this.customers = customers;
		this.contacts = contacts;
		this.versions = versions;
		this.searchKeys = searchKeys;
		this.customFields = customFields;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** A customer about to be created, with its contacts. */
	record Draft(Customer customer, List<Contact> contacts) {
	}

	/**
	 * @throws InvalidInputException listing every bad field of every command, prefixed with
	 * {@code [i].} when there are several; nothing is written then
	 */
	List<Customer> createAll(List<CreateCustomer> commands, Access access) {
		Set<String> uniqueKeys = uniqueValues.keys();
		access.require(Permission.CUSTOMER_CREATE);
		if (commands.stream().anyMatch(c -> !c.contacts().isEmpty())) {
			access.require(Permission.CONTACT_CREATE);
		}
		ProfileRules rules = batchRules();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Draft> drafts = new ArrayList<>();
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < commands.size(); i++) {
			try {
				drafts.add(draft(commands.get(i), rules, access, uniqueKeys, now));
			}
			catch (InvalidInputException ex) {
				String prefix = commands.size() == 1 ? "" : "[" + i + "].";
				ex.violations().forEach(v -> violations.add(new Violation(prefix + v.path(), v.code(), v.args())));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		erasedSubjects.check(blockable(drafts));
		write(drafts, commands, uniqueKeys, drafts.size() > 1 ? Ids.newId() : null);
		return drafts.stream().map(Draft::customer).toList();
	}

	/** The phones and emails of every draft and its contacts, named by their paths in the request. */
	private static List<ErasedSubjects.Values> blockable(List<Draft> drafts) {
		List<ErasedSubjects.Values> values = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			String prefix = drafts.size() == 1 ? "" : "[" + i + "].";
			CustomerProfile profile = drafts.get(i).customer().profile();
			values.add(ErasedSubjects.Values.added(prefix, profile.phones(), profile.emails()));
			List<Contact> contacts = drafts.get(i).contacts();
			for (int j = 0; j < contacts.size(); j++) {
				ContactProfile contact = contacts.get(j).profile();
				values.add(ErasedSubjects.Values.added(prefix + "contacts[" + j + "].", contact.phones(), contact.emails()));
			}
		}
		return values;
	}

	/** Rules whose owner check, custom field definitions and vocabularies are read once for the whole batch. */
	ProfileRules batchRules() {
		List<CustomField> customerFields = customFields.fields(FieldEntity.CUSTOMER, true);
		List<CustomField> contactFields = customFields.fields(FieldEntity.CONTACT, true);
		VocabularyRules vocabulary = vocabularies.rules();
		Map<UUID, Boolean> owners = new HashMap<>();
		return new ProfileRules(id -> owners.computeIfAbsent(id, key -> users.find(key).filter(User::active).isPresent()),
				(entity, raw, current, violations) -> customFields.check(
						entity == FieldEntity.CUSTOMER ? customerFields : contactFields, raw, current, violations),
				() -> vocabulary);
	}

	Draft draft(CreateCustomer command, ProfileRules rules, Access access, Set<String> uniqueKeys, Instant now) {
		UUID actor = command.context().actor();
		CustomerProfile profile = rules.customer(command.input(), actor, null);
		WriteRules.requireEditable(ProfileJson.changes(ProfileJson.JSON.createObjectNode(), ProfileJson.customer(profile)),
				access, "");
		WriteRules.requireOwnerAllowed(profile.ownerId(), access);
		UUID id = Ids.newId();
		uniqueValues.check(profile, uniqueKeys, id);
		Customer customer = new Customer(id, profile, null, now, actor, now, actor, null, 1);
		Violations violations = new Violations();
		if (!command.contacts().isEmpty() && profile.kind() != CustomerKind.COMPANY) {
			violations.add("contacts", "contact.companyOnly");
		}
		List<Contact> added = new ArrayList<>();
		boolean primary = false;
		for (int i = 0; i < command.contacts().size(); i++) {
			String path = "contacts[" + i + "]";
			ContactInput input = command.contacts().get(i);
			try {
				ContactProfile contact = rules.contact(input, Map.of());
				if (contact.primary() && primary) {
					violations.add(path + ".primary", "contact.onePrimary");
				}
				primary |= contact.primary();
				added.add(new Contact(Ids.newId(), id, contact, now, actor, now, actor, null, 1));
			}
			catch (InvalidInputException ex) {
				ex.violations().forEach(v -> violations.add(path + "." + v.path(), v.code(), v.args().toArray()));
			}
		}
		violations.throwIfAny();
		return new Draft(customer, added);
	}

	/**
	 * Writes only what later rows of a dry run match against (the customers with their phones,
	 * emails and unique values), for the caller to roll back: no versions, search keys, contacts
	 * or events.
	 */
	void writeForMatching(List<Draft> drafts, Set<String> uniqueKeys) {
		if (!drafts.isEmpty()) {
			customers.insertAll(drafts.stream().map(Draft::customer).toList(), uniqueKeys);
		}
	}

	/**
	 * Writes checked drafts with their versions and search keys.
	 *
	 * @param batch the id the drafts' events share, or {@code null} for a single customer
	 */
	void write(List<Draft> drafts, List<CreateCustomer> commands, Set<String> uniqueKeys, UUID batch) {
		if (drafts.isEmpty()) {
			return;
		}
		customers.insertAll(drafts.stream().map(Draft::customer).toList(), uniqueKeys);
		contacts.insertAll(drafts.stream().flatMap(d -> d.contacts().stream()).toList());
		List<RecordVersion> customerVersions = new ArrayList<>();
		List<RecordVersion> contactVersions = new ArrayList<>();
		List<SearchKeyRepository.CustomerKeys> keys = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			var context = commands.get(i).context();
			customerVersions.add(Snapshots.version(context, draft.customer(), ProfileJson.JSON.createObjectNode()));
			draft.contacts()
				.forEach(c -> contactVersions.add(Snapshots.version(context, c, ProfileJson.JSON.createObjectNode())));
			keys.add(new SearchKeyRepository.CustomerKeys(draft.customer().id(), draft.customer().profile().ownerId(),
					SearchKeys.of(draft.customer().profile(), draft.contacts().stream().map(c -> c.profile().name()).toList())));
		}
		versions.customers().appendAll(customerVersions);
		versions.contacts().appendAll(contactVersions);
		searchKeys.insertAll(keys);
		for (int i = 0; i < drafts.size(); i++) {
			UUID actor = commands.get(i).context().actor();
			Customer customer = drafts.get(i).customer();
			events.publishEvent(new CustomerCreated(customer.id(), 1, actor, batch));
			drafts.get(i).contacts()
				.forEach(c -> events.publishEvent(new ContactCreated(c.id(), customer.id(), 1, actor, batch)));
		}
		if (batch != null) {
			var context = commands.get(0).context();
			List<CustomersCreated.Member> members = drafts.stream()
				.map(d -> new CustomersCreated.Member(d.customer().id(), d.customer().profile().ownerId(),
						d.contacts().stream().map(Contact::id).toList()))
				.toList();
			events.publishEvent(new CustomersCreated(batch, drafts.size(), contactVersions.size(), context.actor(),
					context.source().value(), members));
		}
	}

}
