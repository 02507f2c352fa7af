package dev.clientele.customer;

import java.util.UUID;

/** Published once when all customers of one owner were handed to another, beside each customer's {@link CustomerChanged}. */
public record CustomersHandedOver(UUID batchId, UUID fromUser, UUID toUser, int customers, UUID actorId) {
}
