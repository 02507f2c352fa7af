/**
 * The audit trail: who did what to which record, when and from where, as append-only entries
 * chained by HMAC-SHA256 so that any change to the past is detected. Listens to the other
 * modules' events inside their transactions; names fields, never personal values.
 */
package dev.clientele.audit;
