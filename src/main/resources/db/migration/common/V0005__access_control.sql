-- Accounts, departments, roles as data (permissions, data scope, field access) and API tokens.

create table departments (
    id         uuid primary key,
    name       varchar(100) not null,
    parent_id  uuid references departments (id),
    created_at timestamp with time zone not null
);

alter table users add column email varchar(254);
alter table users add column department_id uuid references departments (id);
alter table users add column password_hash varchar(200);
alter table users add column must_change_password boolean default false not null;
alter table users add column totp_secret varchar(64);
alter table users add column locked_until timestamp with time zone;
-- sessions and tokens issued before this instant are void (deactivation, password change)
alter table users add column sessions_valid_after timestamp with time zone;

create table login_failures (
    user_id   uuid not null references users (id),
    failed_at timestamp with time zone not null
);
create index login_failures_by_user on login_failures (user_id, failed_at);

create table roles (
    id         uuid primary key,
    role_key   varchar(64)  not null,
    name       varchar(100) not null,
    builtin    boolean      not null,
    data_scope varchar(20)  not null,
    constraint roles_key_unique unique (role_key),
    constraint roles_scope check (data_scope in ('own', 'department', 'department-tree', 'all'))
);

create table role_permissions (
    role_id    uuid not null references roles (id),
    permission varchar(64) not null,
    primary key (role_id, permission)
);

-- A field's access for a role; a field without a row defaults to edit for roles that can
-- update customers and to read for the others.
create table role_field_access (
    role_id uuid not null references roles (id),
    field   varchar(100) not null,
    access  varchar(8) not null,
    primary key (role_id, field),
    constraint role_field_access_level check (access in ('hidden', 'masked', 'read', 'edit'))
);

create table user_roles (
    user_id uuid not null references users (id),
    role_id uuid not null references roles (id),
    primary key (user_id, role_id)
);

create table api_tokens (
    id           uuid primary key,
    user_id      uuid not null references users (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    scope        varchar(16)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    last_used_ip varchar(64),
    constraint api_tokens_hash_unique unique (token_hash),
    constraint api_tokens_scope check (scope in ('read', 'read-write'))
);
create index api_tokens_by_user on api_tokens (user_id);

insert into roles (id, role_key, name, builtin, data_scope) values
    ('00000000-0000-0000-0000-0000000000a1', 'system-admin', 'System administrator', true, 'own'),
    ('00000000-0000-0000-0000-0000000000a2', 'security-auditor', 'Security auditor', true, 'own'),
    ('00000000-0000-0000-0000-0000000000a3', 'sales-manager', 'Sales manager', true, 'department-tree'),
    ('00000000-0000-0000-0000-0000000000a4', 'sales-rep', 'Sales representative', true, 'own'),
    ('00000000-0000-0000-0000-0000000000a5', 'marketer', 'Marketer', true, 'all'),
    ('00000000-0000-0000-0000-0000000000a6', 'read-only', 'Read-only', true, 'department');

insert into role_permissions (role_id, permission) values
    ('00000000-0000-0000-0000-0000000000a1', 'user:admin'),
    ('00000000-0000-0000-0000-0000000000a1', 'custom-field:admin'),
    ('00000000-0000-0000-0000-0000000000a2', 'audit:read'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:read'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:create'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:update'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:delete'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:import'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:export'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:transfer'),
    ('00000000-0000-0000-0000-0000000000a3', 'customer:reveal'),
    ('00000000-0000-0000-0000-0000000000a3', 'contact:read'),
    ('00000000-0000-0000-0000-0000000000a3', 'contact:create'),
    ('00000000-0000-0000-0000-0000000000a3', 'contact:update'),
    ('00000000-0000-0000-0000-0000000000a3', 'contact:delete'),
    ('00000000-0000-0000-0000-0000000000a4', 'customer:read'),
    ('00000000-0000-0000-0000-0000000000a4', 'customer:create'),
    ('00000000-0000-0000-0000-0000000000a4', 'customer:update'),
    ('00000000-0000-0000-0000-0000000000a4', 'contact:read'),
    ('00000000-0000-0000-0000-0000000000a4', 'contact:create'),
    ('00000000-0000-0000-0000-0000000000a4', 'contact:update'),
    ('00000000-0000-0000-0000-0000000000a4', 'contact:delete'),
    ('00000000-0000-0000-0000-0000000000a5', 'customer:read'),
    ('00000000-0000-0000-0000-0000000000a5', 'customer:export'),
    ('00000000-0000-0000-0000-0000000000a5', 'contact:read'),
    ('00000000-0000-0000-0000-0000000000a6', 'customer:read'),
    ('00000000-0000-0000-0000-0000000000a6', 'contact:read');

insert into role_field_access (role_id, field, access) values
    ('00000000-0000-0000-0000-0000000000a5', 'phones', 'masked'),
    ('00000000-0000-0000-0000-0000000000a5', 'address', 'masked'),
    ('00000000-0000-0000-0000-0000000000a5', 'notes', 'hidden'),
    ('00000000-0000-0000-0000-0000000000a6', 'phones', 'masked'),
    ('00000000-0000-0000-0000-0000000000a6', 'emails', 'masked'),
    ('00000000-0000-0000-0000-0000000000a6', 'address', 'masked');
