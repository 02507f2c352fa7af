package dev.clientele.customer;

import java.util.UUID;

import dev.clientele.shared.WriteContext;

/** Replaces a contact's content, provided it is still at {@code expectedVersion}. */
public record UpdateContact(UUID id, int expectedVersion, ContactInput input, WriteContext context) {
}
