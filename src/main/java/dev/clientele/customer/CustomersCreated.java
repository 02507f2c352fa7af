package dev.clientele.customer;

import java.util.UUID;

/**
 * Published once for a batch of customers created together (demo data, imports), beside the
 * {@link CustomerCreated} of each, so that bulk work is audited once per batch.
 *
 * @param batchId the id shared by the batch's {@link CustomerCreated} events
 */
public record CustomersCreated(UUID batchId, int customers, int contacts, UUID actorId, String source) {
}
