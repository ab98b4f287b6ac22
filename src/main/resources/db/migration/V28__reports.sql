-- Reports (issue 9): a report is a definition (which programmes, which period, the texts the board writes itself)
-- from which the product makes the document on request; publishing stores the document as it was sent, immutably.

create table report (
    id                 bigint generated always as identity primary key,
    kind               varchar not null check (kind in ('PROGRESS')),
    title              varchar not null check (length(title) between 1 and 200),
    -- the reporting period: a year (2024) or a half-year (2024-H1)
    period             varchar not null check (period ~ '^[0-9]{4}(-H[12])?$'),
    -- the monitor's indicator set whose signals the report shows (null: none)
    indicator_set_code varchar,
    foreword           varchar,
    outlook            varchar,
    conclusion         varchar,
    -- the council editions' cover letter, with {gemeente}, {titel}, {periode}, {programmas} (null: the default)
    letter_template    varchar,
    version            integer not null default 0,
    created_by         varchar not null,
    created_at         timestamp with time zone not null default now(),
    updated_at         timestamp with time zone not null default now()
);

create table report_programme (
    report_id    bigint not null references report (id) on delete cascade,
    programme_id bigint not null references programme (id) on delete cascade,
    position     integer not null,
    primary key (report_id, programme_id)
);
create index report_programme_programme_idx on report_programme (programme_id);

-- A council edition's letter per municipality: its date and who signs it, as the municipality gives them (never
-- guessed: an edition without them shows empty lines to fill in).
create table report_council (
    report_id   bigint not null references report (id) on delete cascade,
    area_id     bigint not null references area (id),
    letter_date date,
    signatories varchar,
    version     integer not null default 0,
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now(),
    primary key (report_id, area_id)
);
create index report_council_area_idx on report_council (area_id);

-- Making many documents at once (all council editions) runs in the background; its progress is here, so any
-- instance can show it.
create table report_job (
    id          bigint generated always as identity primary key,
    report_id   bigint not null references report (id) on delete cascade,
    kind        varchar not null check (kind in ('COUNCIL_EDITIONS')),
    language    varchar not null,
    total       integer not null,
    done        integer not null default 0,
    status      varchar not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    error       varchar,
    started_by  varchar not null,
    started_at  timestamp with time zone not null default now(),
    finished_at timestamp with time zone
);
create index report_job_report_idx on report_job (report_id);

-- A published document: the bytes as they were sent, their SHA-256, the data state they were made from.
create table report_snapshot (
    id           bigint generated always as identity primary key,
    report_id    bigint not null references report (id),
    -- a council edition's municipality (null: the report itself)
    area_id      bigint references area (id),
    job_id       bigint references report_job (id),
    title        varchar not null,
    language     varchar not null,
    file_name    varchar not null,
    media_type   varchar not null,
    content      bytea not null,
    sha256       varchar not null check (sha256 ~ '^[0-9a-f]{64}$'),
    data_state   varchar not null,
    generated_at timestamp with time zone not null,
    published_by varchar not null
);
create index report_snapshot_report_idx on report_snapshot (report_id);
create index report_snapshot_area_idx on report_snapshot (area_id);
create index report_snapshot_job_idx on report_snapshot (job_id);

-- [jooq ignore start]
create trigger report_set_updated_at before update on report for each row execute function set_updated_at();
create trigger report_council_set_updated_at before update on report_council
    for each row execute function set_updated_at();
create trigger audit_change after insert or update or delete on report
    for each row execute function audit_row_change('report', 'id');
create trigger audit_change after insert or update or delete on report_programme
    for each row execute function audit_row_change('report', 'report_id');
create trigger audit_change after insert or update or delete on report_council
    for each row execute function audit_row_change('report', 'report_id');
create trigger audit_change after insert or update or delete on report_snapshot
    for each row execute function audit_row_change('report_snapshot', 'id', 'content');

-- A snapshot never changes; only an administrator's deletion (the application sets
-- regiomonitor.snapshot_delete for that one statement's transaction, and the audit trigger records it) removes one.
create function report_snapshot_immutable() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('regiomonitor.snapshot_delete', true) = 'on' then
        return old;
    end if;
    raise exception 'a published report cannot be changed'
        using errcode = 'integrity_constraint_violation';
end;
$$;
create trigger report_snapshot_immutable before update or delete on report_snapshot
    for each row execute function report_snapshot_immutable();
-- [jooq ignore stop]
