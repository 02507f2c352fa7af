-- Search keys: every suffix of a customer's name, pinyin and contact names, its emails and
-- reversed phone digits. A keyword is a prefix range on this index on both databases.
create table customer_search_keys (
    search_key  varchar(64) not null,
    customer_id uuid not null references customers (id),
    weight      integer not null
);
create index customer_search_keys_by_key on customer_search_keys (search_key, customer_id, weight);
create index customer_search_keys_by_customer on customer_search_keys (customer_id);
