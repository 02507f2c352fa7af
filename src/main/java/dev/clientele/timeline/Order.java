package dev.clientele.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A current order on a customer's timeline (neither corrected nor voided), for modules that attribute revenue. */
public record Order(UUID entryId, UUID customerId, Instant occurredAt, BigDecimal amount, String currency) {
}
