/**
 * Segments of customers (dynamic: a filter evaluated live; snapshot: members frozen at a moment,
 * seen through each reader's scope) and saved views of the customer list.
 */
package dev.clientele.segment;
