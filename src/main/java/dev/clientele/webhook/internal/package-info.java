/**
 * The webhook module's inside: persistence, the listener that queues deliveries after commit, the
 * dispatcher that sends them, the address guard against server-side request forgery, and the API
 * and admin pages.
 */
package dev.clientele.webhook.internal;
