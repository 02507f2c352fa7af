-- Saved list views and customer segments (dynamic: a filter evaluated live; snapshot: members frozen).

create table list_views (
    id         uuid primary key,
    name       varchar(100) not null,
    owner_id   uuid not null references users (id),
    shared     boolean not null,
    keyword    varchar(200),
    filter     text,
    sort       varchar(200),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index list_views_by_owner on list_views (owner_id);
create index list_views_shared on list_views (shared);

create table segments (
    id                uuid primary key,
    name              varchar(100) not null,
    description       varchar(1000),
    kind              varchar(10) not null,
    -- a dynamic segment's filter; a snapshot's records the filter it was taken with
    filter            text,
    taken_from        uuid references segments (id),
    member_count      integer,
    created_at        timestamp with time zone not null,
    created_by        uuid not null references users (id),
    updated_at        timestamp with time zone not null,
    updated_by        uuid not null references users (id),
    archived_at       timestamp with time zone,
    constraint segments_kind check (kind in ('dynamic', 'snapshot'))
);
create index segments_live on segments (archived_at, name);

-- A snapshot's members as they were frozen; who of them a reader sees is decided at read time.
create table segment_members (
    segment_id  uuid not null references segments (id),
    customer_id uuid not null references customers (id),
    primary key (segment_id, customer_id)
);
create index segment_members_by_customer on segment_members (customer_id);

insert into role_permissions (role_id, permission) values
    ('00000000-0000-0000-0000-0000000000a3', 'segment:read'),
    ('00000000-0000-0000-0000-0000000000a3', 'segment:write'),
    ('00000000-0000-0000-0000-0000000000a4', 'segment:read'),
    ('00000000-0000-0000-0000-0000000000a5', 'segment:read'),
    ('00000000-0000-0000-0000-0000000000a5', 'segment:write'),
    ('00000000-0000-0000-0000-0000000000a6', 'segment:read');
