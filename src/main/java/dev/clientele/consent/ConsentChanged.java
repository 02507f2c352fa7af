package dev.clientele.consent;

import java.util.UUID;

/**
 * A consent was recorded (granted, withdrawn or pending), whether or not it is the one in force.
 *
 * @param contactId the contact it is about, or {@code null} for the customer itself
 * @param current whether it became the consent in force (a backdated record may not)
 */
public record ConsentChanged(UUID recordId, UUID customerId, UUID contactId, Channel channel, ConsentStatus status,
		boolean current, UUID actorId) {
}
