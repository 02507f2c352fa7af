package dev.clientele.customer;

import java.util.UUID;

/** Published after a customer was created and the change committed. Carries ids only. */
public record CustomerCreated(UUID customerId, int version, UUID actorId) {
}
