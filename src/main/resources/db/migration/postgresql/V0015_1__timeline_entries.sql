-- The timeline's entries, range-partitioned by the UTC month of occurred_at. The primary key must
-- include the partition key. Partitions are created ahead by the application through
-- timeline_entries_ensure_month, which runs with this migration's rights (the application's role may own
-- no tables when Flyway migrates as a separate owner).
create table timeline_entries (
    id          uuid not null,
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
    batch_id    uuid,
    primary key (id, occurred_at)
) partition by range (occurred_at);
create index timeline_entries_by_customer on timeline_entries (customer_id, occurred_at desc, id desc);

-- Creates the partition of the month that starts at month_start (UTC) unless it exists. Concurrent
-- callers queue on an advisory lock; the catalog is then read with a fresh snapshot (pg_class),
-- and a table created meanwhile all the same is taken as done.
create function timeline_entries_ensure_month(month_start date) returns void
language plpgsql security definer as $fn$
declare
    partition_name text := 'timeline_entries_' || to_char(month_start, 'YYYY_MM');
    low timestamptz := (month_start::timestamp at time zone 'UTC');
begin
    perform pg_advisory_xact_lock(hashtext(current_schema() || '.timeline_entries'));
    if exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where c.relname = partition_name and n.nspname = current_schema()) then
        return;
    end if;
    begin
        execute format('create table %I partition of timeline_entries for values from (%L) to (%L)',
                       partition_name, low, low + interval '1 month');
    exception when duplicate_table or unique_violation then
        null;
    end;
end
$fn$;

-- The function resolves names in this schema, whoever calls it.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION timeline_entries_ensure_month(date) SET search_path = %I', current_schema());
END $$;
