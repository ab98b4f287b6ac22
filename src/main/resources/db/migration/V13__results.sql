-- Results framework (issue 7): what projects deliver against what they promised, IATI-compatible.
-- Values are only ever counted when approved and not superseded; roll-ups are computed on request.

-- A programme's catalogue: indicators that projects adopt so that their values can be added up.
-- The code names the indicator across programmes: catalogue indicators of two programmes with the same
-- code measure the same thing (the cross-programme totals add them up, each project indicator once).
create table catalogue_indicator (
    id            bigint generated always as identity primary key,
    programme_id  bigint not null references programme (id) on delete cascade,
    code          varchar not null,
    name_nl       varchar not null,
    name_en       varchar,
    name_de       varchar,
    definition    varchar,
    measure       varchar not null check (measure in ('UNIT', 'PERCENTAGE', 'QUALITATIVE')),
    unit_label    varchar,
    cumulative    boolean not null default false,
    ascending     boolean not null default true,
    decimals      integer not null default 0 check (decimals between 0 and 6),
    version       integer not null default 0,
    created_at    timestamp with time zone not null default now(),
    updated_at    timestamp with time zone not null default now(),
    constraint catalogue_indicator_qualitative_check check (measure <> 'QUALITATIVE' or not cumulative)
);
-- [jooq ignore start]
create unique index catalogue_indicator_code_lower_key on catalogue_indicator (programme_id, lower(code));
create index catalogue_indicator_code_idx on catalogue_indicator (lower(code));
-- [jooq ignore stop]

-- Reporting periods of a programme: half-years by default, years or quarters where the programme says so.
create table reporting_period (
    id           bigint generated always as identity primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    kind         varchar not null check (kind in ('HALF_YEAR', 'YEAR', 'QUARTER')),
    start_date   date not null,
    end_date     date not null,
    locked       boolean not null default false,
    version      integer not null default 0,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    constraint reporting_period_dates_check check (end_date >= start_date),
    constraint reporting_period_start_key unique (programme_id, start_date)
);
create index reporting_period_end_idx on reporting_period (end_date);

-- Dimensions a programme defines for disaggregations (gender, age group, education level, sector).
create table disaggregation_dimension (
    id           bigint generated always as identity primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    code         varchar not null,
    name_nl      varchar not null,
    name_en      varchar,
    name_de      varchar,
    version      integer not null default 0,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    constraint disaggregation_dimension_code_key unique (programme_id, code)
);

-- The values of a dimension, written together with it.
create table dimension_value (
    id           bigint generated always as identity primary key,
    dimension_id bigint not null references disaggregation_dimension (id) on delete cascade,
    code         varchar not null,
    name_nl      varchar not null,
    name_en      varchar,
    name_de      varchar,
    position     integer not null default 0,
    constraint dimension_value_code_key unique (dimension_id, code)
);

-- A result of a project: an output, outcome or impact.
create table result (
    id          bigint generated always as identity primary key,
    project_id  bigint not null references project (id) on delete cascade,
    title       varchar not null,
    type        varchar not null check (type in ('OUTPUT', 'OUTCOME', 'IMPACT')),
    description varchar,
    position    integer not null default 0,
    version     integer not null default 0,
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now()
);
create index result_project_idx on result (project_id);

-- The themes (action lines, goals) a result serves; written together with the result.
create table result_theme (
    result_id bigint not null references result (id) on delete cascade,
    theme_id  bigint not null references theme (id) on delete cascade,
    primary key (result_id, theme_id)
);
create index result_theme_theme_idx on result_theme (theme_id);

-- An indicator of a result, with baseline and overall target, each with its source.
create table indicator (
    id                     bigint generated always as identity primary key,
    result_id              bigint not null references result (id) on delete cascade,
    catalogue_indicator_id bigint references catalogue_indicator (id),
    title                  varchar not null,
    measure                varchar not null check (measure in ('UNIT', 'PERCENTAGE', 'QUALITATIVE')),
    unit_label             varchar,
    ascending              boolean not null default true,
    cumulative             boolean not null default false,
    decimals               integer not null default 0 check (decimals between 0 and 6),
    baseline_value         numeric(20, 6),
    baseline_year          integer check (baseline_year between 1900 and 2100),
    baseline_date          date,
    baseline_comment       varchar,
    baseline_source_id     bigint references source (id),
    baseline_source_locator varchar,
    target_value           numeric(20, 6),
    target_date            date,
    target_comment         varchar,
    target_source_id       bigint references source (id),
    target_source_locator  varchar,
    position               integer not null default 0,
    version                integer not null default 0,
    created_at             timestamp with time zone not null default now(),
    updated_at             timestamp with time zone not null default now(),
    constraint indicator_qualitative_check check (measure <> 'QUALITATIVE' or not cumulative)
);
create index indicator_result_idx on indicator (result_id);
create index indicator_catalogue_idx on indicator (catalogue_indicator_id);
create index indicator_baseline_source_idx on indicator (baseline_source_id);
create index indicator_target_source_idx on indicator (target_source_id);

-- Optional targets of an indicator for single periods; written together with the indicator.
create table period_target (
    indicator_id bigint not null references indicator (id) on delete cascade,
    period_id    bigint not null references reporting_period (id),
    target_value numeric(20, 6) not null,
    primary key (indicator_id, period_id)
);
create index period_target_period_idx on period_target (period_id);

-- An update of an indicator for a period. A percentage is stored as numerator and denominator, never as
-- the share. Correcting an approved value is a new update that supersedes it (history is kept).
create table result_update (
    id             bigint generated always as identity primary key,
    indicator_id   bigint not null references indicator (id) on delete cascade,
    period_id      bigint not null references reporting_period (id),
    value          numeric(20, 6),
    numerator      numeric(20, 6),
    denominator    numeric(20, 6) check (denominator > 0),
    qualifier      varchar not null default 'EXACT' check (qualifier in ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST')),
    comment        varchar,
    narrative      varchar,
    status         varchar not null default 'DRAFT'
                   check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED')),
    supersedes_id  bigint references result_update (id),
    created_by     varchar not null,
    version        integer not null default 0,
    created_at     timestamp with time zone not null default now(),
    updated_at     timestamp with time zone not null default now(),
    constraint result_update_ratio_check check ((numerator is null) = (denominator is null)),
    constraint result_update_one_value_check check (value is null or numerator is null)
);
create index result_update_indicator_idx on result_update (indicator_id, period_id);
create index result_update_period_idx on result_update (period_id);
create index result_update_status_idx on result_update (status);
-- One correction at a time per approved value.
create unique index result_update_supersedes_key on result_update (supersedes_id);

-- The parts of an update's value: by municipality (area) or by a value of a programme's dimension.
create table update_disaggregation (
    id                 bigint generated always as identity primary key,
    update_id          bigint not null references result_update (id) on delete cascade,
    area_id            bigint references area (id),
    dimension_value_id bigint references dimension_value (id),
    value              numeric(20, 6) not null,
    constraint update_disaggregation_one_key_check check ((area_id is null) <> (dimension_value_id is null))
);
create index update_disaggregation_update_idx on update_disaggregation (update_id);
create index update_disaggregation_area_idx on update_disaggregation (area_id);
create index update_disaggregation_value_idx on update_disaggregation (dimension_value_id);

-- Every status change of an update: who, when, from, to and the comment.
create table update_transition (
    id          bigint generated always as identity primary key,
    update_id   bigint not null references result_update (id) on delete cascade,
    from_status varchar check (from_status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED')),
    to_status   varchar not null check (to_status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED')),
    actor       varchar not null,
    comment     varchar,
    occurred_at timestamp with time zone not null default now()
);
create index update_transition_update_idx on update_transition (update_id, occurred_at);

-- Evidence attached to an update, stored in the database (size-limited and type-checked by the service).
create table update_attachment (
    id           bigint generated always as identity primary key,
    update_id    bigint not null references result_update (id) on delete cascade,
    file_name    varchar not null,
    content_type varchar not null,
    size_bytes   integer not null check (size_bytes > 0 and size_bytes <= 10485760),
    content      bytea not null,
    created_by   varchar not null,
    created_at   timestamp with time zone not null default now()
);
create index update_attachment_update_idx on update_attachment (update_id);

-- [jooq ignore start]
do $$
declare
    editable text;
begin
    foreach editable in array array['catalogue_indicator', 'reporting_period', 'disaggregation_dimension', 'result',
                                    'indicator', 'result_update'] loop
        execute format('create trigger %I before update on %I for each row execute function set_updated_at()',
                       editable || '_set_updated_at', editable);
    end loop;
end
$$;

create trigger audit_change after insert or update or delete on catalogue_indicator
    for each row execute function audit_row_change('catalogue_indicator', 'id');
create trigger audit_change after insert or update or delete on reporting_period
    for each row execute function audit_row_change('reporting_period', 'id');
create trigger audit_change after insert or update or delete on disaggregation_dimension
    for each row execute function audit_row_change('disaggregation_dimension', 'id');
create trigger audit_change after insert or update or delete on dimension_value
    for each row execute function audit_row_change('disaggregation_dimension', 'dimension_id');
create trigger audit_change after insert or update or delete on result
    for each row execute function audit_row_change('result', 'id');
create trigger audit_change after insert or update or delete on result_theme
    for each row execute function audit_row_change('result', 'result_id');
create trigger audit_change after insert or update or delete on indicator
    for each row execute function audit_row_change('indicator', 'id');
create trigger audit_change after insert or update or delete on period_target
    for each row execute function audit_row_change('indicator', 'indicator_id');
create trigger audit_change after insert or update or delete on result_update
    for each row execute function audit_row_change('result_update', 'id');
create trigger audit_change after insert or update or delete on update_disaggregation
    for each row execute function audit_row_change('result_update', 'update_id');
create trigger audit_change after insert or update or delete on update_transition
    for each row execute function audit_row_change('result_update', 'update_id', 'occurred_at');
create trigger audit_change after insert or update or delete on update_attachment
    for each row execute function audit_row_change('result_update', 'update_id', 'content');
-- [jooq ignore stop]

-- At most one open (not yet approved) update per indicator and period, also under concurrent saves.
-- [jooq ignore start]
create unique index result_update_open_key on result_update (indicator_id, period_id) where status <> 'APPROVED';
-- [jooq ignore stop]
