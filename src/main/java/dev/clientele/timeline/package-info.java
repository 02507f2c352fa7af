/**
 * Transaction data: an append-only, bitemporal timeline of everything between the company and
 * each customer (orders, payments, refunds, follow-ups, tickets and kinds administrators add).
 * Entries are never changed: a correction is a new entry that supersedes one, a void cancels one
 * with a reason, and every entry carries when it happened ({@code occurredAt}) and when it was
 * recorded ({@code recordedAt}), so the timeline can be read as it was known at any instant. Owns
 * the customer figures (orders, spend, last contact, next follow-up, RFM) kept current from it.
 */
package dev.clientele.timeline;
