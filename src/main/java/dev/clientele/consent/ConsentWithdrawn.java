package dev.clientele.consent;

import java.util.UUID;

/**
 * Consent on a channel was withdrawn and the withdrawal is in force (by hand, through the API, or
 * through an unsubscribe link, at once). Published after commit to listeners such as campaigns.
 *
 * @param contactId the contact, or {@code null} for the customer itself
 * @param source e.g. {@code unsubscribe-link}
 * @param campaignId the campaign whose unsubscribe link was used, or {@code null}
 */
public record ConsentWithdrawn(UUID customerId, UUID contactId, Channel channel, String source, UUID campaignId) {
}
