-- Webhooks: registered endpoints, one delivery per change and webhook (at least once), and the
-- log of every attempt. Payloads name ids and fields, never personal values. The role is not a
-- foreign key: deleting a role silences the webhooks shaped by it instead of failing.
create table webhooks (
    id         uuid primary key,
    url        varchar(2000) not null,
    events     varchar(1000) not null,
    secret     varchar(200)  not null,
    role_id    uuid          not null,
    active     boolean       not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table webhook_deliveries (
    id               uuid primary key,
    webhook_id       uuid         not null references webhooks (id) on delete cascade,
    event_key        varchar(200) not null,
    event_type       varchar(40)  not null,
    customer_id      uuid         not null,
    contact_id       uuid,
    payload          varchar(100000) not null,
    status           varchar(12)  not null,
    attempts         integer      not null,
    created_at       timestamp with time zone not null,
    first_attempt_at timestamp with time zone,
    next_attempt_at  timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    -- status: pending, delivered or failed (set by the dispatcher only)
    constraint webhook_deliveries_once unique (webhook_id, event_key)
);
create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, created_at);
create index webhook_deliveries_by_customer on webhook_deliveries (customer_id);

create table webhook_attempts (
    id           uuid primary key,
    delivery_id  uuid not null references webhook_deliveries (id) on delete cascade,
    attempted_at timestamp with time zone not null,
    status_code  integer,
    error        varchar(500),
    duration_ms  bigint not null
);
create index webhook_attempts_by_delivery on webhook_attempts (delivery_id, attempted_at);

insert into role_permissions (role_id, permission) values ('00000000-0000-0000-0000-0000000000a1', 'webhook:admin');
