package dev.clientele.customer;

import java.util.UUID;

/** Published after a contact was deleted and the change committed. Carries ids only. */
public record ContactDeleted(UUID contactId, UUID customerId, int version, UUID actorId) {
}
