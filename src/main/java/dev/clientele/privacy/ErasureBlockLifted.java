package dev.clientele.privacy;

import java.util.UUID;

/** Published when an administrator lifted the block of an erased phone or email (known by its hash). */
public record ErasureBlockLifted(String hash, String kind, UUID customerId, UUID actorId) {
}
