-- The live change feed: one row per committed change to a customer or contact, in commit order.
-- Rows carry ids and field names, never personal values. The owner at the time of the change
-- lets the feed apply the reader's data scope in SQL.
create table change_log (
    seq          bigint primary key,
    change_type  varchar(32) not null,
    entity       varchar(16) not null,
    record_id    uuid not null,
    customer_id  uuid not null,
    version      integer not null,
    fields       varchar(4000) not null,
    actor_id     uuid,
    owner_id     uuid,
    recorded_at  timestamp with time zone not null,
    -- delivery from the event publication registry is at least once: a change is recorded once
    constraint change_log_once unique (record_id, version)
);
create index change_log_by_owner on change_log (owner_id, seq);

-- The last sequence number handed out. Each append locks this row until it commits, so that
-- sequence numbers become visible in order and a cursor never skips a change that commits late.
create table change_head (
    id  integer primary key,
    seq bigint not null
);
insert into change_head (id, seq) values (1, 0);
