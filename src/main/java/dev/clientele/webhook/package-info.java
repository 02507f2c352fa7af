/**
 * Webhooks: administrators register HTTPS endpoints that are told, signed with HMAC-SHA256, about
 * every committed customer and contact change that the webhook's role may see. Owns the webhooks,
 * their deliveries (at least once, retried with back-off for 24 hours) and the attempt log.
 */
package dev.clientele.webhook;
