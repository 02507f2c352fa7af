/**
 * Custom fields: extra fields that administrators define per entity (customer, contact), with
 * a type, required and unique flags and options. Owns the definitions and the rules that check
 * a value against its definition; the entities store the values.
 */
package dev.clientele.customfield;
