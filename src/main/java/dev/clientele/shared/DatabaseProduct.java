package dev.clientele.shared;

/**
 * Which database Clientele runs on, found once at start-up from the connection's metadata (see
 * {@code shared.internal.BulkInsertConfiguration}): the one place that tells PostgreSQL from H2, for
 * the few statements whose PostgreSQL form differs (an advisory lock, an upsert) beside the
 * {@link BulkInsert} and {@link MonthlyPartitions} seams.
 */
public record DatabaseProduct(boolean postgres) {
}
