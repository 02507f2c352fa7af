package dev.clientele.marketing;

import java.util.UUID;

/** A user logged outcomes of a campaign's members by hand or from a file. */
public record OutcomesLogged(UUID campaignId, int members, String origin, UUID actorId) {
}
