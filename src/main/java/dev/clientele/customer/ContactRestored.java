package dev.clientele.customer;

import java.util.UUID;

/** Published after a contact was restored and the change committed. Carries ids only. */
public record ContactRestored(UUID contactId, UUID customerId, int version, UUID actorId) {
}
