package dev.clientele.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the append-only consent history.
 *
 * @param contactId the contact it is about, or {@code null} for the customer itself
 * @param campaignId the campaign whose unsubscribe link was used, or {@code null}
 */
public record ConsentRecord(UUID id, UUID customerId, UUID contactId, Channel channel, ConsentStatus status, String source,
		Instant at, Instant recordedAt, UUID recordedBy, UUID campaignId) {
}
