-- Users own customers and act on them. The security module grows this table;
-- the built-in system user is the actor of jobs and of writes made before any login exists.
create table users (
    id         uuid primary key,
    login      varchar(64)  not null,
    name       varchar(100) not null,
    active     boolean      not null default true,
    created_at timestamp with time zone not null,
    constraint users_login_unique unique (login)
);

insert into users (id, login, name, active, created_at)
values ('00000000-0000-0000-0000-000000000001', 'system', 'System', true, current_timestamp);
