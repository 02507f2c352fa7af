package dev.clientele.privacy;

import java.util.UUID;

/**
 * Published in the erasure's transaction once a customer's personal data is gone. Carries ids and
 * counts; the reason is the administrator's statement for the audit trail, which must not quote
 * the erased data.
 *
 * @param counts a summary such as {@code customer.versions=3 customer.contacts=1}
 */
public record CustomerErased(UUID customerId, UUID actorId, String reason, String counts, int blockedValues) {
}
