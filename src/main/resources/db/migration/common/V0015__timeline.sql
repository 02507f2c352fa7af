-- Transaction data: the timeline. Entries are appended and never updated; what changes the
-- current picture is appended beside them: a correction or a void (timeline_supersessions), each
-- with the time it was recorded, so that the timeline can be shown as it was known at any instant.
-- The entries table itself differs per database (partitioned on PostgreSQL): see V0015_1.

-- Kinds that administrators add beside the built-in ones (order, payment, refund, follow-up, ticket).
create table timeline_kinds (
    kind        varchar(40) primary key,
    label_zh    varchar(100) not null,
    label_en    varchar(100) not null,
    money       boolean not null,
    statuses    varchar(2000) not null,
    attributes  varchar(20000) not null,
    created_by  uuid not null references users (id),
    created_at  timestamp with time zone not null
);

-- An entry that is no longer current: corrected by a later entry, or voided with a reason. One row
-- per entry at most, so an entry is corrected or voided once; later corrections correct the correction.
create table timeline_supersessions (
    entry_id    uuid primary key,
    customer_id uuid not null,
    change      varchar(10) not null,
    by_entry_id uuid,
    reason      varchar(2000),
    actor_id    uuid not null,
    recorded_at timestamp with time zone not null,
    constraint timeline_supersessions_change check (change in ('corrected', 'voided'))
);
create index timeline_supersessions_by_customer on timeline_supersessions (customer_id);

-- Idempotency of appends by (source, externalId); a batch line without an external id is keyed by a
-- digest of its content ('#sha256:...'). Unpartitioned, since a unique constraint on a partitioned
-- table would have to include the partition key. The external id leads the key: a batch looks up
-- its thousand ids as index probes, however few sources there are. By customer for erasure.
create table timeline_external_keys (
    source      varchar(64) not null,
    external_id varchar(200) not null,
    entry_id    uuid not null,
    customer_id uuid not null,
    primary key (external_id, source)
);
create index timeline_external_keys_by_customer on timeline_external_keys (customer_id);

-- Figures of each customer with timeline entries, kept current on every append, correction and void;
-- the RFM scores (1-5 by quintile) are recomputed by a job. Unversioned: appends make no customer versions.
create table customer_figures (
    customer_id        uuid primary key,
    first_order_at     timestamp with time zone,
    last_order_at      timestamp with time zone,
    order_count        integer not null,
    total_spend        numeric(19, 4) not null,
    last_contact_at    timestamp with time zone,
    next_follow_up_on  date,
    follow_up_by       uuid,
    recency_score      smallint,
    frequency_score    smallint,
    monetary_score     smallint,
    updated_at         timestamp with time zone not null
);
create index customer_figures_by_spend on customer_figures (total_spend);
create index customer_figures_by_last_order on customer_figures (last_order_at);
create index customer_figures_by_follow_up on customer_figures (follow_up_by, next_follow_up_on);

insert into role_permissions (role_id, permission) values
    ('00000000-0000-0000-0000-0000000000a1', 'timeline:admin'),
    ('00000000-0000-0000-0000-0000000000a3', 'timeline:read'),
    ('00000000-0000-0000-0000-0000000000a3', 'timeline:write'),
    ('00000000-0000-0000-0000-0000000000a4', 'timeline:read'),
    ('00000000-0000-0000-0000-0000000000a4', 'timeline:write'),
    ('00000000-0000-0000-0000-0000000000a5', 'timeline:read'),
    ('00000000-0000-0000-0000-0000000000a6', 'timeline:read');
