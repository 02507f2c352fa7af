-- Imports. Uploaded files are stored once per content (SHA-256) under <data dir>/imports; every
-- data row's original text is kept with its number and what became of it.
create table import_files (
    sha256     varchar(64) primary key,
    size_bytes bigint not null,
    stored_at  timestamp with time zone not null
);

create table import_batches (
    id             uuid primary key,
    file_sha256    varchar(64) not null references import_files (sha256),
    file_name      varchar(255) not null,
    encoding       varchar(40),
    mode           varchar(16) not null,
    match_by       varchar(40) not null,
    mapping        varchar(20000),
    dry_run        boolean not null,
    status         varchar(16) not null,
    rows_total     bigint,
    last_row       bigint not null,
    created_count  bigint not null,
    updated_count  bigint not null,
    unchanged_count bigint not null,
    skipped_count  bigint not null,
    rejected_count bigint not null,
    failure        varchar(2000),
    created_by     uuid not null references users (id),
    created_at     timestamp with time zone not null,
    started_at     timestamp with time zone,
    heartbeat_at   timestamp with time zone,
    finished_at    timestamp with time zone,
    reverted_by    uuid references users (id),
    reverted_at    timestamp with time zone,
    redacted       boolean not null,
    constraint import_batches_status check (status in ('draft', 'queued', 'running', 'completed', 'failed', 'reverted')),
    constraint import_batches_mode check (mode in ('create', 'update', 'skip'))
);
create index import_batches_by_creator on import_batches (created_by, created_at);
create index import_batches_by_status on import_batches (status);

create table import_rows (
    batch_id    uuid not null references import_batches (id),
    row_number  bigint not null,
    raw         varchar(1000000) not null,
    outcome     varchar(16) not null,
    customer_id uuid,
    version     integer,
    reasons     varchar(20000),
    primary key (batch_id, row_number),
    constraint import_rows_outcome check (outcome in ('created', 'updated', 'unchanged', 'skipped', 'rejected', 'erased'))
);
create index import_rows_by_customer on import_rows (customer_id);

create table import_mappings (
    id         uuid primary key,
    name       varchar(100) not null,
    mapping    varchar(20000) not null,
    created_by uuid not null references users (id),
    created_at timestamp with time zone not null,
    constraint import_mappings_name unique (created_by, name)
);
