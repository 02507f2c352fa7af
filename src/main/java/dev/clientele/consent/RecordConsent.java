package dev.clientele.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * Records a grant or withdrawal by hand (API or page).
 *
 * @param contactId a live contact of the customer, or {@code null} for the customer itself
 * @param status {@link ConsentStatus#GRANTED} or {@link ConsentStatus#WITHDRAWN}
 * @param source where the consent was given or withdrawn, e.g. {@code trade fair form 2026}
 * @param at when it happened; {@code null} for now
 */
public record RecordConsent(UUID customerId, UUID contactId, Channel channel, ConsentStatus status, String source,
		Instant at) {
}
