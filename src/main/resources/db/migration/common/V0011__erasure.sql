-- Erasure of a customer's personal data (GDPR Art. 17, PIPL Art. 47). The customer and contact rows
-- stay as tombstones marked erased_at; the block list keeps only keyed hashes (HMAC-SHA256 under
-- CLIENTELE_SECRET_KEY, which lives outside the database) of the erased phones and emails.
alter table customers add column erased_at timestamp with time zone;
alter table contacts add column erased_at timestamp with time zone;

create table erasure_blocks (
    hash        varchar(64) primary key,
    kind        varchar(8)  not null,
    customer_id uuid not null references customers (id),
    created_at  timestamp with time zone not null,
    created_by  uuid not null references users (id),
    constraint erasure_blocks_kind check (kind in ('phone', 'email'))
);
create index erasure_blocks_by_customer on erasure_blocks (customer_id);
