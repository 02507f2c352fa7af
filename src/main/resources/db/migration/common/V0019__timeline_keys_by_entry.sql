-- The idempotency keys are found for erasure through the customer's entries (by entry id) instead
-- of by customer: entry ids are time-ordered, so new keys land at the end of this index, where the
-- index by customer took every key at a random place.
drop index timeline_external_keys_by_customer;
create index timeline_external_keys_by_entry on timeline_external_keys (entry_id);
