package dev.clientele.history.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.clientele.customer.ContactManagement;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.FieldChange;
import dev.clientele.customer.RecordVersion;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads history through the customer module's façades, which apply the reader's scope and field
 * permissions; selects, compares and looks up versions for the API and the pages alike.
 */
@Component
class HistoryReader {

	private final CustomerManagement customers;

	private final ContactManagement contacts;

	HistoryReader(CustomerManagement customers, ContactManagement contacts) {
		this.customers = customers;
		this.contacts = contacts;
	}

	/** A customer's versions, newest first, as selected. */
	List<RecordVersion> customerVersions(String customerId, VersionSelection selection) {
		List<RecordVersion> all = customers.versions(customer(customerId));
		if (all.isEmpty()) {
			throw customerNotFound();
		}
		return selection.apply(all);
	}

	RecordVersion customerVersion(String customerId, int version) {
		return customers.version(customer(customerId), version).orElseThrow(HistoryReader::versionNotFound);
	}

	/** What changed from one version to another (either may be the older). */
	Comparison compare(String customerId, int from, int to) {
		RecordVersion older = customerVersion(customerId, from);
		RecordVersion newer = customerVersion(customerId, to);
		return new Comparison(older, newer, VersionDiff.between(older.snapshot(), newer.snapshot()));
	}

	/** The customer as recorded at an instant; 404 if it did not exist then or sat in the recycle bin. */
	RecordVersion customerAsOf(String customerId, Instant at) {
		UUID id = customer(customerId);
		return customers.asOf(id, at).orElseThrow(() -> new NotFoundException("Customer as of " + at));
	}

	List<RecordVersion> contactVersions(String contactId) {
		List<RecordVersion> all = contacts.versions(Ids.parse(contactId).orElseThrow(() -> new NotFoundException("Contact")));
		if (all.isEmpty()) {
			throw new NotFoundException("Contact");
		}
		return all;
	}

	static UUID actor(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Ids.parse(text.trim()).orElseThrow(() -> InvalidInputException.of("actor", "json.id"));
	}

	static String field(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}


	/**
	 * The id of a customer the reader may see, deleted or not.
	 *
	 * @throws dev.clientele.shared.GoneException if its personal data was erased: nothing of its past remains to show
	 */
	private UUID customer(String text) {
		UUID id = Ids.parse(text).orElseThrow(HistoryReader::customerNotFound);
		return customers.findIncludingDeleted(id).orElseThrow(HistoryReader::customerNotFound).id();
	}

	private static NotFoundException customerNotFound() {
		return new NotFoundException("Customer");
	}

	private static NotFoundException versionNotFound() {
		return new NotFoundException("Version");
	}

	/** Two versions and the fields that differ between them, from {@code from}'s values to {@code to}'s. */
	record Comparison(RecordVersion from, RecordVersion to, List<FieldChange> changes) {
	}

}
