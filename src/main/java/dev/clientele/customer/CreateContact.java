package dev.clientele.customer;

import java.util.UUID;

import dev.clientele.shared.WriteContext;

/** Adds a contact to a company customer. */
public record CreateContact(UUID customerId, ContactInput input, WriteContext context) {
}
