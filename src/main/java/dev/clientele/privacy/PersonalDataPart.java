package dev.clientele.privacy;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One module's share of a customer's personal data. Every module that stores personal data about
 * a customer (its record, history, contacts, import rows, delivery logs ...) registers a Spring
 * bean implementing this, so that the subject export and the erasure leave nothing out. Parts are
 * called inside the erasure's one transaction; a part that fails rolls the whole erasure back.
 */
public interface PersonalDataPart {

	/** The part's name in the export and in the erasure's counts, e.g. {@code customer}, {@code webhookDeliveries}. */
	String name();

	/** Everything this part holds about the customer, unmasked, as JSON ({@code null} members allowed). */
	JsonNode export(UUID customerId);

	/**
	 * Removes every personal value this part holds about the customer, keeping only what carries
	 * none (ids, times, actors, field names).
	 *
	 * @return how many rows of what kind were erased or rewritten
	 */
	ErasureCounts erase(UUID customerId, ErasureContext context);

	/**
	 * The phones (E.164) and emails (lower case) this part knows the customer by; the erasure
	 * blocks them from being created again. Asked before any part erases.
	 */
	default SubjectIdentifiers identifiers(UUID customerId) {
		return SubjectIdentifiers.NONE;
	}

}
