-- A revert runs in the background like the import itself: in steps from the last row down, each
-- committed with the row it reached and what it took back, so that a restart resumes it there.
alter table import_batches add column revert_row bigint;
alter table import_batches add column revert_deleted bigint default 0 not null;
alter table import_batches add column revert_restored bigint default 0 not null;
alter table import_batches drop constraint import_batches_status;
alter table import_batches add constraint import_batches_status
    check (status in ('draft', 'queued', 'running', 'completed', 'failed', 'reverting', 'reverted'));
