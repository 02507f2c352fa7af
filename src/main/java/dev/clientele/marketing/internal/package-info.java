/**
 * The campaign store, the member funnel rules, the email sender and the tracking and response
 * endpoints, with the pages and the REST API.
 */
package dev.clientele.marketing.internal;
