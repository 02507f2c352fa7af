package dev.clientele.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * The consent in force for one subject on one channel.
 *
 * @param contactId the contact it is about, or {@code null} for the customer itself
 * @param at when it happened (as given by whoever recorded it)
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (the system user for unsubscribe links and opt-in confirmations)
 */
public record Consent(UUID customerId, UUID contactId, Channel channel, ConsentStatus status, String source, Instant at,
		Instant recordedAt, UUID recordedBy) {
}
