/**
 * Consent to be contacted, per customer or contact and channel (email, SMS, phone): granted,
 * withdrawn or pending (a double opt-in email awaiting confirmation), with an append-only history
 * of who recorded what, from which source, and when it happened. Signed one-click unsubscribe
 * links (RFC 8058) withdraw at once; campaigns ask {@link dev.clientele.consent.ConsentManagement}
 * whom they may contact.
 */
package dev.clientele.consent;
