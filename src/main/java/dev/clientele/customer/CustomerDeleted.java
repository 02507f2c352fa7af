package dev.clientele.customer;

import java.util.UUID;

/** Published after a customer was deleted and the change committed. Carries ids only. */
public record CustomerDeleted(UUID customerId, int version, UUID actorId) {
}
