package dev.clientele.customer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.clientele.customer.Customer;
import dev.clientele.customer.Email;
import dev.clientele.customer.Phone;
import dev.clientele.privacy.BlockedValues;
import dev.clientele.privacy.ErasureBlocks;
import dev.clientele.shared.GoneException;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * What erasure leaves behind for the write paths: a customer whose personal data was erased is gone
 * (410), and a phone or email of an erased customer may not be entered again until its block is
 * lifted. Values a record already holds are not checked again, so that other edits stay possible.
 */
@Component
class ErasedSubjects {

	static final String CODE = "erased-subject";

	private final ErasureBlocks blocks;

	private final PersonalDataRepository rows;

	ErasedSubjects(ErasureBlocks blocks, PersonalDataRepository rows) {
		this.blocks = blocks;
		this.rows = rows;
	}

	/**
	 * The phones and emails of one record as a write would store them.
	 *
	 * @param prefix the JSON path of the record within the request, e.g. {@code [2].contacts[0].}
	 * @param keptPhones E.164 numbers the record already holds (not checked again)
	 */
	record Values(String prefix, List<Phone> phones, List<Email> emails, Set<String> keptPhones, Set<String> keptEmails) {

		static Values added(String prefix, List<Phone> phones, List<Email> emails) {
			return new Values(prefix, phones, emails, Set.of(), Set.of());
		}

		static Values changed(String prefix, List<Phone> phones, List<Email> emails, List<Phone> before,
				List<Email> beforeEmails) {
			Set<String> keptPhones = new HashSet<>();
			before.forEach(p -> keptPhones.add(p.e164()));
			Set<String> keptEmails = new HashSet<>();
			beforeEmails.forEach(e -> keptEmails.add(e.address()));
			return new Values(prefix, phones, emails, keptPhones, keptEmails);
		}

	}

	/** @throws InvalidInputException naming each blocked {@code phones[i].number} and {@code emails[i].address} */
	void check(List<Values> records) {
		List<String> phones = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (Values values : records) {
			values.phones().stream().map(Phone::e164).filter(p -> !values.keptPhones().contains(p)).forEach(phones::add);
			values.emails().stream().map(Email::address).filter(e -> !values.keptEmails().contains(e)).forEach(emails::add);
		}
		BlockedValues blocked = blocks.blocked(phones, emails);
		if (blocked.isEmpty()) {
			return;
		}
		List<Violation> violations = new ArrayList<>();
		for (Values values : records) {
			for (int i = 0; i < values.phones().size(); i++) {
				String e164 = values.phones().get(i).e164();
				if (blocked.phones().contains(e164) && !values.keptPhones().contains(e164)) {
					violations.add(Violation.of(values.prefix() + "phones[" + i + "].number", CODE));
				}
			}
			for (int i = 0; i < values.emails().size(); i++) {
				String address = values.emails().get(i).address();
				if (blocked.emails().contains(address) && !values.keptEmails().contains(address)) {
					violations.add(Violation.of(values.prefix() + "emails[" + i + "].address", CODE));
				}
			}
		}
		throw new InvalidInputException(violations);
	}

	void check(Values values) {
		check(List.of(values));
	}

	/** @throws GoneException if the customer, found deleted, is in fact erased */
	void requireNotErased(Customer customer) {
		if (customer.deleted() && rows.erasedAt(customer.id()).isPresent()) {
			throw new GoneException("Customer", "customer.erased");
		}
	}

}
