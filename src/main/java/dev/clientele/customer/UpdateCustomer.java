package dev.clientele.customer;

import java.util.UUID;

import dev.clientele.shared.WriteContext;

/**
 * Replaces a customer's content, provided it is still at {@code expectedVersion}.
 *
 * @param keepUneditable {@code true} for forms, which show fields the user may not edit read-only
 * (perhaps masked): those fields keep their stored values whatever the input says. {@code false}
 * for the API, where a write to such a field is refused.
 */
public record UpdateCustomer(UUID id, int expectedVersion, CustomerInput input, WriteContext context,
		boolean keepUneditable) {

	public UpdateCustomer(UUID id, int expectedVersion, CustomerInput input, WriteContext context) {
		this(id, expectedVersion, input, context, false);
	}

}
