-- Since V0019 nothing reads an idempotency key's customer: erasure reaches the keys through the
-- customer's entries. The column was written on every append and is derived from the entry.
alter table timeline_external_keys drop column customer_id;
