-- Descriptive customer data. The row holds the current state (phones, emails, tags and custom
-- field values as JSON text); side tables below index the same values for filters and search.
create table customers (
    id            uuid primary key,
    kind          varchar(16)  not null,
    name          varchar(200) not null,
    phones        varchar(8000) not null,
    emails        varchar(8000) not null,
    province      varchar(50),
    city          varchar(50),
    district      varchar(50),
    address       varchar(500),
    industry      varchar(100),
    level         varchar(50),
    source        varchar(100),
    status        varchar(50),
    owner_id      uuid not null references users (id),
    tags          varchar(8000) not null,
    notes         varchar(20000),
    custom_fields varchar(100000) not null,
    created_at    timestamp with time zone not null,
    created_by    uuid not null references users (id),
    updated_at    timestamp with time zone not null,
    updated_by    uuid not null references users (id),
    deleted_at    timestamp with time zone,
    version       integer not null,
    constraint customers_kind check (kind in ('company', 'person'))
);
create index customers_by_updated on customers (updated_at, id);
create index customers_by_created on customers (created_at, id);
create index customers_by_name on customers (name, id);
create index customers_by_city on customers (city, updated_at);
create index customers_by_owner on customers (owner_id);
create index customers_by_deleted on customers (deleted_at);

create table customer_phones (
    customer_id uuid not null references customers (id),
    position    integer not null,
    e164        varchar(32),
    number      varchar(64) not null,
    primary key (customer_id, position)
);
create index customer_phones_by_e164 on customer_phones (e164);

create table customer_emails (
    customer_id uuid not null references customers (id),
    position    integer not null,
    address     varchar(254) not null,
    primary key (customer_id, position)
);
create index customer_emails_by_address on customer_emails (address);

create table customer_tags (
    customer_id uuid not null references customers (id),
    tag         varchar(50) not null,
    primary key (customer_id, tag)
);
create index customer_tags_by_tag on customer_tags (tag, customer_id);

-- One row per value of a custom field (a multi-select has one row per option).
create table customer_field_values (
    customer_id  uuid not null references customers (id),
    field_key    varchar(64) not null,
    text_value   varchar(1000),
    number_value decimal(38, 10),
    date_value   date,
    bool_value   boolean,
    unique_value varchar(1000)
);
create index customer_field_values_by_customer on customer_field_values (customer_id, field_key);
create index customer_field_values_by_text on customer_field_values (field_key, text_value);
create index customer_field_values_by_number on customer_field_values (field_key, number_value);
create index customer_field_values_by_date on customer_field_values (field_key, date_value);
create unique index customer_field_values_unique on customer_field_values (field_key, unique_value);

-- Immutable history: one row per write, appended in the write's own transaction.
create table customer_version (
    customer_id uuid not null references customers (id),
    version     integer not null,
    snapshot    varchar(200000) not null,
    changes     varchar(200000) not null,
    actor_id    uuid not null references users (id),
    recorded_at timestamp with time zone not null,
    source      varchar(200) not null,
    reason      varchar(1000),
    primary key (customer_id, version)
);
create index customer_version_by_time on customer_version (recorded_at);

create table contacts (
    id            uuid primary key,
    customer_id   uuid not null references customers (id),
    name          varchar(100) not null,
    title         varchar(100),
    phones        varchar(8000) not null,
    emails        varchar(8000) not null,
    is_primary    boolean not null,
    notes         varchar(20000),
    custom_fields varchar(100000) not null,
    created_at    timestamp with time zone not null,
    created_by    uuid not null references users (id),
    updated_at    timestamp with time zone not null,
    updated_by    uuid not null references users (id),
    deleted_at    timestamp with time zone,
    version       integer not null
);
create index contacts_by_customer on contacts (customer_id, name);

create table contact_version (
    contact_id  uuid not null references contacts (id),
    version     integer not null,
    snapshot    varchar(200000) not null,
    changes     varchar(200000) not null,
    actor_id    uuid not null references users (id),
    recorded_at timestamp with time zone not null,
    source      varchar(200) not null,
    reason      varchar(1000),
    primary key (contact_id, version)
);

create table custom_fields (
    id          uuid primary key,
    entity      varchar(16)  not null,
    field_key   varchar(64)  not null,
    label       varchar(100) not null,
    field_type  varchar(16)  not null,
    required    boolean not null,
    is_unique   boolean not null,
    options     varchar(8000) not null,
    position    integer not null,
    created_at  timestamp with time zone not null,
    archived_at timestamp with time zone,
    constraint custom_fields_key_unique unique (entity, field_key),
    constraint custom_fields_entity check (entity in ('customer', 'contact')),
    constraint custom_fields_type check (field_type in ('text', 'number', 'decimal', 'date', 'single_select', 'multi_select', 'boolean'))
);
