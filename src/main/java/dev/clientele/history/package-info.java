/**
 * History: how a customer changed. Reads the immutable versions that the customer module writes
 * (through its façade, never writing any itself) and shows them: field-by-field diffs filtered by
 * field and actor, the comparison of any two versions, and a customer as recorded at an instant.
 */
package dev.clientele.history;
