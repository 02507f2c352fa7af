/**
 * The live change feed: a commit-ordered log of every change to customers and contacts (ids and
 * field names, never personal values), fed by the customer module's events through the event
 * publication registry, read by cursor ({@code GET /api/v1/changes}) or pushed as server-sent
 * events ({@code GET /api/v1/changes/stream}), scope- and field-filtered for each reader.
 */
package dev.clientele.changes;
