-- The timeline's entries in one table (PostgreSQL partitions it by month).
create table timeline_entries (
    id          uuid primary key,
    customer_id uuid not null,
    contact_id  uuid,
    kind        varchar(40) not null,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null,
    actor_id    uuid not null,
    subject     varchar(200),
    body        varchar(20000),
    amount      numeric(19, 4),
    currency    char(3),
    status      varchar(40),
    attributes  varchar(20000),
    source      varchar(64) not null,
    external_id varchar(200),
    supersedes  uuid,
    batch_id    uuid
);
create index timeline_entries_by_customer on timeline_entries (customer_id, occurred_at desc, id desc);
