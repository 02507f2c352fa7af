-- The owner beside each search key, so that a keyword search within a data scope is one index
-- range per visible owner.
alter table customer_search_keys add column owner_id uuid;
update customer_search_keys set owner_id = (select c.owner_id from customers c where c.id = customer_search_keys.customer_id);
create index customer_search_keys_by_owner on customer_search_keys (owner_id, search_key);
