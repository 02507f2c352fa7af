package dev.clientele.customer;

import java.util.UUID;

/** Published when a user revealed the whole value of a masked field; names the field, never the value. */
public record CustomerFieldRevealed(UUID customerId, String field, UUID actorId) {
}
