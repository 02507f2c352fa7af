package dev.clientele.marketing;

import java.util.UUID;

/**
 * A campaign was created, changed, started, scheduled, paused, resumed or finished.
 *
 * @param action {@code created}, {@code updated}, {@code scheduled}, {@code started}, {@code paused},
 * {@code resumed} or {@code finished}
 */
public record CampaignChanged(UUID campaignId, String action, UUID actorId) {
}
