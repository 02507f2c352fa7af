/**
 * Descriptive customer data: customers (companies and persons), their contacts, phones, emails,
 * location, classification, owner, tags and custom field values. Owns every write to them and
 * the immutable version rows each write appends in its own transaction, the search keys and the
 * list query (filter, sort, keyset paging, keyword search).
 */
package dev.clientele.customer;
