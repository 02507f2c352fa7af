package dev.clientele.customer;

import java.util.UUID;

import dev.clientele.shared.WriteContext;

/**
 * Replaces a customer's content, provided it is still at {@code expectedVersion}.
 */
public record UpdateCustomer(UUID id, int expectedVersion, CustomerInput input, WriteContext context) {
}
