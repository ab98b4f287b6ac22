-- Issue 10, several application instances on one PostgreSQL.

-- A scheduled job's run per due time. The instance that runs it inserts the row and keeps that transaction open
-- until the run ends (shared.ScheduledRuns): another instance's insert of the same key waits for it and then finds
-- the row (skips), or, when the first instance died and PostgreSQL rolled its claim back, gets it (runs instead).
create table scheduled_run (
    job         varchar not null,
    due         timestamp with time zone not null,
    started_at  timestamp with time zone not null default now(),
    finished_at timestamp with time zone,
    -- why the run failed (null: it did not); a failed run is not repeated for the same due time
    error       varchar,
    primary key (job, due)
);

-- A report job's instance writes its heartbeat while it works; a job whose heartbeat stopped was cut off (its
-- instance stopped or died) and is shown as interrupted by any instance.
alter table report_job add column heartbeat_at timestamp with time zone not null default now();
-- [jooq ignore start]
alter table report_job drop constraint report_job_status_check;
alter table report_job add constraint report_job_status_check
    check (status in ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'));
-- [jooq ignore stop]

-- An upload previewed on the monitor's import screen and waiting for "Import", kept here (not on one instance's
-- disk) so that the import may reach any instance; deleted when imported or refused, and after an hour.
create table monitor_pending_import (
    token      varchar primary key,
    username   varchar not null,
    file_name  varchar,
    -- an ImportFormat constant, written by code only (the enum is internal to the monitor, so no jOOQ enum type)
    format     varchar not null,
    source     varchar,
    content    bytea not null,
    created_at timestamp with time zone not null default now()
);
create index monitor_pending_import_created_idx on monitor_pending_import (created_at);
