-- The audit trail: append-only, each entry chained to the previous one by an HMAC-SHA256 whose key
-- lives outside the database (CLIENTELE_AUDIT_KEY). Entries name fields, never personal values.
create table audit_log (
    seq         bigint primary key,
    at          timestamp with time zone not null,
    actor_id    uuid,
    client_ip   varchar(64),
    action      varchar(64) not null,
    entity      varchar(32),
    entity_id   varchar(64),
    fields      varchar(4000),
    outcome     varchar(16) not null,
    detail      varchar(4000),
    hash        varchar(64) not null
);
create index audit_log_by_time on audit_log (at);
create index audit_log_by_actor on audit_log (actor_id, at);
create index audit_log_by_entity on audit_log (entity, entity_id);

-- The head of the chain: one row, locked by each append so that entries are chained one at a time.
create table audit_head (
    id   integer primary key,
    seq  bigint not null,
    hash varchar(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
