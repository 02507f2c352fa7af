/** Consent storage, rules, the API and pages (customer card, opt-in confirmation, unsubscribe) behind the consent façade. */
package dev.clientele.consent.internal;
