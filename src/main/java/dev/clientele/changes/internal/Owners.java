package dev.clientele.changes.internal;

import java.util.Optional;
import java.util.UUID;

import dev.clientele.customer.Customer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.RecordVersion;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who owned a customer when it changed, read through the customer module's façade (as the
 * system: the listeners run outside any request). It decides whose data scope holds the change.
 */
@Component
class Owners {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CustomerManagement customers;

	Owners(CustomerManagement customers) {
		this.customers = customers;
	}

	/** The owner recorded in the customer's version; the current one if that version is gone. */
	UUID atVersion(UUID customerId, int version) {
		Optional<UUID> recorded = customers.version(customerId, version).flatMap(Owners::ownerOf);
		return recorded.orElseGet(() -> current(customerId));
	}

	/** The customer's owner now ({@code null} if the customer is gone). */
	UUID current(UUID customerId) {
		return customers.findIncludingDeleted(customerId).map(Customer::profile).map(p -> p.ownerId()).orElse(null);
	}

	private static Optional<UUID> ownerOf(RecordVersion version) {
		JsonNode owner = JSON.readTree(version.snapshot()).path("ownerId");
		return owner.isString() ? Optional.of(UUID.fromString(owner.stringValue())) : Optional.empty();
	}

}
