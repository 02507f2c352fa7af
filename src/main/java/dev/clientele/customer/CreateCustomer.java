package dev.clientele.customer;

import java.util.List;

import dev.clientele.shared.WriteContext;

/**
 * Creates a customer, and for a company its first contacts, in one transaction.
 *
 * @param contacts contacts to add at once (companies only); at most one may be primary
 */
public record CreateCustomer(CustomerInput input, List<ContactInput> contacts, WriteContext context) {

	public CreateCustomer {
		contacts = contacts == null ? List.of() : List.copyOf(contacts);
	}

	public CreateCustomer(CustomerInput input, WriteContext context) {
		this(input, List.of(), context);
	}

}
