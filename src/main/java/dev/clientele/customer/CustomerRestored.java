package dev.clientele.customer;

import java.util.UUID;

/** Published after a customer was restored and the change committed. Carries ids only. */
public record CustomerRestored(UUID customerId, int version, UUID actorId) {
}
