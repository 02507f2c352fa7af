package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.clientele.customer.ContactInput;
import dev.clientele.customer.ContactProfile;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.CustomerKind;
import dev.clientele.customer.CustomerProfile;
import dev.clientele.customer.Email;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.Phone;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomValue;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Ids;
import dev.clientele.shared.Violations;
import dev.clientele.vocabulary.VocabularyField;
import dev.clientele.vocabulary.VocabularyRules;

/**
 * Validates and normalises customer and contact input: phones to E.164, emails to lower case,
 * Chinese provinces and cities to their official names (广东, Guangdong → 广东省; 深圳 → 深圳市),
 * refusing a city that lies in another province; places abroad stay as typed; level, industry and
 * source to the codes of their vocabularies' entries. Plain Java: the owner check, the custom
 * field check and the vocabularies are handed in.
 */
final class ProfileRules {

	static final int MAX_PHONES = 20;

	static final int MAX_EMAILS = 20;

	static final int MAX_TAGS = 50;

	private final Predicate<UUID> activeUser;

	private final CustomFieldChecker customFields;

	private final Supplier<VocabularyRules> vocabularies;

	/** @param vocabularies read for each customer checked (a batch hands in the same rules for every one) */
	ProfileRules(Predicate<UUID> activeUser, CustomFieldChecker customFields, Supplier<VocabularyRules> vocabularies) {
		this.activeUser = activeUser;
		this.customFields = customFields;
		this.vocabularies = vocabularies;
	}

	/** Rules that check contacts only: contacts have no fields with a vocabulary. */
	static ProfileRules forContacts(Predicate<UUID> activeUser, CustomFieldChecker customFields) {
		return new ProfileRules(activeUser, customFields, () -> {
			throw new IllegalStateException("These rules check contacts only");
		});
	}

	/**
	 * @param defaultOwner the owner when the input names none (the acting user on create, the
	 * current owner on update)
	 * @param current the customer as stored, or {@code null} for a new one: an archived custom
	 * field and a retired or pre-vocabulary level, industry or source may keep their values
	 * @throws dev.clientele.shared.InvalidInputException listing every bad field
	 */
	CustomerProfile customer(CustomerInput in, UUID defaultOwner, CustomerProfile current) {
		Violations v = new Violations();
		CustomerKind kind = null;
		if (blank(in.kind())) {
			v.add("kind", "field.required");
		}
		else {
			kind = CustomerKind.fromKey(in.kind().strip()).orElse(null);
			if (kind == null) {
				v.add("kind", "customer.kind");
			}
		}
		String name = required(in.name(), "name", 200, v);
		List<Phone> phones = phones(in.phones(), v);
		List<Email> emails = emails(in.emails(), v);
		UUID owner = owner(in.ownerId(), defaultOwner, v);
		List<String> tags = tags(in.tags(), v);
		ChinaRegions.Placement place = ChinaRegions.get()
			.normalize(optional(in.province(), "province", 50, v), optional(in.city(), "city", 50, v));
		if (place.cityOutsideProvince()) {
			v.add("city", "region.cityOutsideProvince", place.city(), place.province());
		}
		VocabularyRules vocabulary = vocabularies.get();
		CustomerProfile profile = new CustomerProfile(kind, name, phones, emails, place.province(), place.city(),
				optional(in.district(), "district", 50, v), optional(in.address(), "address", 500, v),
				vocabulary.normalise(VocabularyField.INDUSTRY, in.industry(), current == null ? null : current.industry(), v),
				vocabulary.normalise(VocabularyField.LEVEL, in.level(), current == null ? null : current.level(), v),
				vocabulary.normalise(VocabularyField.SOURCE, in.source(), current == null ? null : current.source(), v),
				optional(in.status(), "status", 50, v), owner, tags, optional(in.notes(), "notes", 20000, v),
				customFields.check(FieldEntity.CUSTOMER, in.customFields(),
						current == null ? Map.of() : current.customFields(), v));
		v.throwIfAny();
		return profile;
	}

	/** @throws dev.clientele.shared.InvalidInputException listing every bad field */
	ContactProfile contact(ContactInput in, Map<String, CustomValue> currentCustom) {
		Violations v = new Violations();
		ContactProfile profile = new ContactProfile(required(in.name(), "name", 100, v),
				optional(in.title(), "title", 100, v), phones(in.phones(), v), emails(in.emails(), v), in.primary(),
				optional(in.notes(), "notes", 20000, v),
				customFields.check(FieldEntity.CONTACT, in.customFields(), currentCustom, v));
		v.throwIfAny();
		return profile;
	}

	private UUID owner(String ownerId, UUID defaultOwner, Violations v) {
		if (blank(ownerId)) {
			return defaultOwner;
		}
		Optional<UUID> id = Ids.parse(ownerId.strip());
		if (id.isEmpty() || !activeUser.test(id.get())) {
			v.add("ownerId", "customer.owner");
			return defaultOwner;
		}
		return id.get();
	}

	private static List<Phone> phones(List<PhoneInput> inputs, Violations v) {
		if (inputs.size() > MAX_PHONES) {
			v.add("phones", "field.tooMany", MAX_PHONES);
			return List.of();
		}
		List<Phone> phones = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			PhoneInput in = inputs.get(i);
			String path = "phones[" + i + "]";
			if (in == null || blank(in.number())) {
				v.add(path + ".number", "field.required");
				continue;
			}
			String label = optional(in.label(), path + ".label", 30, v);
			Optional<String> e164 = PhoneNumbers.e164(in.number());
			if (e164.isEmpty()) {
				v.add(path + ".number", "phone.invalid", in.number().strip());
			}
			else if (!seen.add(e164.get())) {
				v.add(path + ".number", "phone.duplicate");
			}
			else {
				phones.add(new Phone(in.number().strip(), label, e164.get()));
			}
		}
		return phones;
	}

	private static List<Email> emails(List<EmailInput> inputs, Violations v) {
		if (inputs.size() > MAX_EMAILS) {
			v.add("emails", "field.tooMany", MAX_EMAILS);
			return List.of();
		}
		List<Email> emails = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			EmailInput in = inputs.get(i);
			String path = "emails[" + i + "]";
			if (in == null || blank(in.address())) {
				v.add(path + ".address", "field.required");
				continue;
			}
			String label = optional(in.label(), path + ".label", 30, v);
			Optional<String> address = EmailAddresses.normalize(in.address());
			if (address.isEmpty()) {
				v.add(path + ".address", "email.invalid", in.address().strip());
			}
			else if (!seen.add(address.get())) {
				v.add(path + ".address", "email.duplicate");
			}
			else {
				emails.add(new Email(address.get(), label));
			}
		}
		return emails;
	}

	private static List<String> tags(List<String> inputs, Violations v) {
		LinkedHashSet<String> tags = new LinkedHashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			String tag = inputs.get(i) == null ? "" : inputs.get(i).strip();
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() > 50) {
				v.add("tags[" + i + "]", "field.tooLong", 50);
			}
			else {
				tags.add(tag);
			}
		}
		if (tags.size() > MAX_TAGS) {
			v.add("tags", "field.tooMany", MAX_TAGS);
		}
		return List.copyOf(tags);
	}

	private static String required(String text, String path, int max, Violations v) {
		String value = optional(text, path, max, v);
		if (value == null) {
			v.add(path, "field.required");
		}
		return value;
	}

	private static String optional(String text, String path, int max, Violations v) {
		if (blank(text)) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			v.add(path, "field.tooLong", max);
		}
		return value;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
