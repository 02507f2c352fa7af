package dev.clientele.customer;

import java.util.UUID;

/** Published after a contact was created and the change committed. Carries ids only. */
public record ContactCreated(UUID contactId, UUID customerId, int version, UUID actorId) {
}
