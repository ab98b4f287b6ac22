-- The regional monitor (issue 8): indicators as data, observations per area and period with their release and
-- history, stated figures from the documents, baselines, targets and indicator sets.

-- An indicator of the region (not a project result indicator: those are results' "indicator").
-- Observed indicators get figures from imports; computed ones (formula) are computed on every read from their
-- inputs, so they are never stale: RATIO = numerator / denominator * factor (dwellings per 1,000 inhabitants),
-- CHANGE_SINCE = (input - input at base period) / input at base period * factor (growth since the baseline).
create table monitor_indicator (
    id                  bigint generated always as identity primary key,
    code                varchar not null unique,
    name_nl             varchar not null,
    name_en             varchar,
    name_de             varchar,
    definition          varchar,
    unit                varchar not null,
    decimals            integer not null default 0 check (decimals between 0 and 6),
    direction           varchar not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL')),
    aggregation         varchar not null check (aggregation in ('SUM', 'WEIGHTED_MEAN', 'NONE')),
    weight_indicator_id bigint references monitor_indicator (id),
    formula             varchar check (formula in ('RATIO', 'CHANGE_SINCE')),
    numerator_id        bigint references monitor_indicator (id),
    denominator_id      bigint references monitor_indicator (id),
    factor              numeric(18, 6),
    base_period         varchar,
    tolerance_percent   numeric(9, 4) not null default 0 check (tolerance_percent >= 0),
    source_id           bigint references source (id),
    source_locator      varchar,
    version             integer not null default 0,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    constraint monitor_indicator_weight check ((aggregation = 'WEIGHTED_MEAN') = (weight_indicator_id is not null)),
    constraint monitor_indicator_formula check (
        (formula is null and numerator_id is null and denominator_id is null and factor is null and base_period is null)
        or (formula = 'RATIO' and numerator_id is not null and denominator_id is not null and factor is not null
            and base_period is null)
        or (formula = 'CHANGE_SINCE' and numerator_id is not null and denominator_id is null and factor is not null
            and base_period is not null))
);
create index monitor_indicator_weight_idx on monitor_indicator (weight_indicator_id);
create index monitor_indicator_numerator_idx on monitor_indicator (numerator_id);
create index monitor_indicator_denominator_idx on monitor_indicator (denominator_id);
create index monitor_indicator_source_idx on monitor_indicator (source_id);

-- Which measure of which dataset feeds an indicator (CBS 03759ned M000352 and 37259ned BevolkingOp1Januari_1
-- are both "population"). A measure feeds at most one indicator.
create table monitor_indicator_measure (
    indicator_id bigint not null references monitor_indicator (id) on delete cascade,
    dataset      varchar not null,
    measure      varchar not null,
    primary key (dataset, measure)
);
create index monitor_indicator_measure_indicator_idx on monitor_indicator_measure (indicator_id);

-- Named, ordered sets of indicators (the Twente Index, broad-welfare themes, the NPVR monitoring set).
create table indicator_set (
    id          bigint generated always as identity primary key,
    code        varchar not null unique,
    name_nl     varchar not null,
    name_en     varchar,
    name_de     varchar,
    description varchar,
    source_id   bigint references source (id),
    source_locator varchar,
    version     integer not null default 0,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now()
);
create index indicator_set_source_idx on indicator_set (source_id);

create table indicator_set_item (
    set_id       bigint not null references indicator_set (id) on delete cascade,
    indicator_id bigint not null references monitor_indicator (id) on delete cascade,
    position     integer not null,
    primary key (set_id, indicator_id)
);
create index indicator_set_item_indicator_idx on indicator_set_item (indicator_id);

-- One import: the files, their checksum, who and when, and what it changed.
create table observation_release (
    id          bigint generated always as identity primary key,
    source_id   bigint not null references source (id),
    format      varchar not null,
    label       varchar not null,
    checksum    varchar not null,
    imported_at timestamp with time zone not null default now(),
    imported_by varchar,
    added       integer not null,
    changed     integer not null,
    unchanged   integer not null
);
create index observation_release_source_idx on observation_release (source_id);

-- The current figure per indicator, area and period. value null = the source gives no figure (missing says
-- why, e.g. CBS's "Impossible"); never 0. note: the file's own source note for the figure (the template's
-- source column). revised_at: when a later release changed the value.
create table observation (
    indicator_id bigint not null references monitor_indicator (id) on delete cascade,
    area_id      bigint not null references area (id) on delete cascade,
    period       varchar(8) not null,
    period_start date not null,
    value        numeric(24, 6),
    missing      varchar,
    provisional  boolean not null default false,
    release_id   bigint not null references observation_release (id),
    note         varchar,
    revised_at   timestamp with time zone,
    primary key (indicator_id, area_id, period),
    constraint observation_value_or_missing check ((value is null) = (missing is not null))
);
-- No index on (indicator_id, period): a map's figures (one indicator, one period, all areas) come from the
-- primary key (PostgreSQL 18 skips over its area column), and every index costs an import of a million rows.
create index observation_area_idx on observation (area_id);
create index observation_release_idx on observation (release_id);

-- The figures a later release replaced, with the release that replaced them.
create table observation_revision (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references monitor_indicator (id) on delete cascade,
    area_id       bigint not null references area (id) on delete cascade,
    period        varchar(8) not null,
    value         numeric(24, 6),
    missing       varchar,
    provisional   boolean not null,
    note          varchar,
    release_id    bigint not null references observation_release (id),
    superseded_by bigint not null references observation_release (id)
);
create index observation_revision_key_idx on observation_revision (indicator_id, area_id, period);
create index observation_revision_area_idx on observation_revision (area_id);
create index observation_revision_release_idx on observation_revision (release_id);
create index observation_revision_superseded_idx on observation_revision (superseded_by);

-- Figures the documents state (641,000 inhabitants of Twente in 2024), kept apart from the statistics and
-- shown beside the figure computed from them, so that differences stay visible.
create table stated_observation (
    id             bigint generated always as identity primary key,
    indicator_id   bigint not null references monitor_indicator (id) on delete cascade,
    area_id        bigint not null references area (id) on delete cascade,
    period         varchar(8) not null,
    value          numeric(24, 6) not null,
    qualifier      varchar not null default 'EXACT' check (qualifier in ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST')),
    source_id      bigint not null references source (id),
    source_locator varchar,
    note           varchar,
    version        integer not null default 0,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    constraint stated_observation_unique unique (indicator_id, area_id, period, source_id)
);
create index stated_observation_area_idx on stated_observation (area_id);
create index stated_observation_source_idx on stated_observation (source_id);

-- The baseline (nulmeting) of an indicator in an area: the period whose figure the targets start from.
create table monitor_baseline (
    indicator_id bigint not null references monitor_indicator (id) on delete cascade,
    area_id      bigint not null references area (id) on delete cascade,
    period       varchar(8) not null,
    version      integer not null default 0,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    primary key (indicator_id, area_id)
);
create index monitor_baseline_area_idx on monitor_baseline (area_id);

-- A target for a year: ABSOLUTE (the value), INCREASE (baseline + value: 100,000 extra inhabitants), or
-- MATCH_AREA (the figure of another area, e.g. labour productivity at the national average).
create table monitor_target (
    id                bigint generated always as identity primary key,
    indicator_id      bigint not null references monitor_indicator (id) on delete cascade,
    area_id           bigint not null references area (id) on delete cascade,
    target_year       integer not null check (target_year between 1900 and 2200),
    kind              varchar not null check (kind in ('ABSOLUTE', 'INCREASE', 'MATCH_AREA')),
    value             numeric(24, 6),
    qualifier         varchar not null default 'EXACT' check (qualifier in ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST')),
    reference_area_id bigint references area (id),
    source_id         bigint references source (id),
    source_locator    varchar,
    version           integer not null default 0,
    created_at          timestamp with time zone not null default now(),
    updated_at          timestamp with time zone not null default now(),
    constraint monitor_target_kind check (
        (kind in ('ABSOLUTE', 'INCREASE') and value is not null and reference_area_id is null)
        or (kind = 'MATCH_AREA' and value is null and reference_area_id is not null)),
    constraint monitor_target_unique unique (indicator_id, area_id, target_year)
);
create index monitor_target_area_idx on monitor_target (area_id);
create index monitor_target_reference_idx on monitor_target (reference_area_id);
create index monitor_target_source_idx on monitor_target (source_id);

-- [jooq ignore start]
do $$
declare
    editable text;
begin
    foreach editable in array array['monitor_indicator', 'indicator_set', 'stated_observation', 'monitor_baseline',
                                    'monitor_target'] loop
        execute format('create trigger %I before update on %I for each row execute function set_updated_at()',
                       editable || '_set_updated_at', editable);
    end loop;
end
$$;

create trigger audit_change after insert or update or delete on monitor_indicator
    for each row execute function audit_row_change('monitor_indicator', 'id');
create trigger audit_change after insert or update or delete on monitor_indicator_measure
    for each row execute function audit_row_change('monitor_indicator', 'indicator_id');
create trigger audit_change after insert or update or delete on indicator_set
    for each row execute function audit_row_change('indicator_set', 'id');
create trigger audit_change after insert or update or delete on indicator_set_item
    for each row execute function audit_row_change('indicator_set', 'set_id');
create trigger audit_change after insert or update or delete on stated_observation
    for each row execute function audit_row_change('monitor_indicator', 'indicator_id');
create trigger audit_change after insert or update or delete on monitor_baseline
    for each row execute function audit_row_change('monitor_indicator', 'indicator_id');
create trigger audit_change after insert or update or delete on monitor_target
    for each row execute function audit_row_change('monitor_indicator', 'indicator_id');
-- [jooq ignore stop]
