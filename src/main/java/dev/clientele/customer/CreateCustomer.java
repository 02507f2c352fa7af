package dev.clientele.customer;

import dev.clientele.shared.WriteContext;

/** Creates a customer. */
public record CreateCustomer(CustomerInput input, WriteContext context) {
}
