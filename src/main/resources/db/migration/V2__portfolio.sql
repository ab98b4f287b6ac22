create table organisation (
    id              bigint generated always as identity primary key,
    name            varchar not null,
    kind            varchar not null check (kind in ('GOVERNMENT', 'EDUCATION', 'BUSINESS', 'CIVIL_SOCIETY')),
    municipality_id bigint references area (id),
    website         varchar,
    description     varchar,
    published       boolean not null default true,
    source_id       bigint references source (id),
    source_locator  varchar,
    version         integer not null default 0,
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now(),
    constraint organisation_name_unique unique (name)
);
create index organisation_municipality_idx on organisation (municipality_id);
create index organisation_kind_idx on organisation (kind);
create index organisation_source_idx on organisation (source_id);

create table programme (
    id                                bigint generated always as identity primary key,
    code                              varchar not null unique,
    name                              varchar not null,
    start_year                        integer,
    end_year                          integer,
    description                       varchar,
    owner_organisation_id             bigint references organisation (id),
    budget_ceiling                    numeric(15, 2) check (budget_ceiling >= 0),
    budget_ceiling_source_id          bigint references source (id),
    budget_ceiling_source_locator     varchar,
    multiplier_target                 numeric(8, 2) check (multiplier_target > 0),
    multiplier_target_source_id       bigint references source (id),
    multiplier_target_source_locator  varchar,
    status                            varchar not null check (status in ('PLANNED', 'RUNNING', 'COMPLETED')),
    published                         boolean not null default false,
    source_id                         bigint references source (id),
    source_locator                    varchar,
    version                           integer not null default 0,
    created_at                        timestamp with time zone not null default now(),
    updated_at                        timestamp with time zone not null default now(),
    constraint programme_period_check check (end_year is null or start_year is null or end_year >= start_year)
);
create index programme_owner_idx on programme (owner_organisation_id);
create index programme_status_idx on programme (status);
create index programme_budget_ceiling_source_idx on programme (budget_ceiling_source_id);
create index programme_multiplier_target_source_idx on programme (multiplier_target_source_id);
create index programme_source_idx on programme (source_id);

-- Themes: action lines, goals, NPVR tasks of a programme.
create table theme (
    id             bigint generated always as identity primary key,
    programme_id   bigint not null references programme (id) on delete cascade,
    code           varchar not null,
    name           varchar not null,
    kind           varchar not null check (kind in ('ACTION_LINE', 'GOAL', 'NPVR_TASK', 'THEME')),
    description    varchar,
    position       integer not null default 0,
    source_id      bigint references source (id),
    source_locator varchar,
    version        integer not null default 0,
    constraint theme_code_unique unique (programme_id, code)
);
create index theme_source_idx on theme (source_id);

create table project (
    id                   bigint generated always as identity primary key,
    title                varchar not null,
    summary              varchar,
    lead_organisation_id bigint references organisation (id),
    start_date           date,
    end_date             date,
    status               varchar not null check (status in ('APPLICATION', 'UNDER_ASSESSMENT', 'APPROVED', 'REJECTED',
                                                         'RUNNING', 'COMPLETED', 'CONTINUED_INDEPENDENTLY')),
    region_wide          boolean not null default false,
    published            boolean not null default false,
    source_id            bigint references source (id),
    source_locator       varchar,
    version              integer not null default 0,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now(),
    constraint project_period_check check (end_date is null or start_date is null or end_date >= start_date)
);
create index project_lead_organisation_idx on project (lead_organisation_id);
create index project_status_idx on project (status);
create index project_published_idx on project (published);
create index project_source_idx on project (source_id);

-- A project can belong to several programmes (joint projects) and themes.
create table project_programme (
    project_id   bigint not null references project (id) on delete cascade,
    programme_id bigint not null references programme (id) on delete cascade,
    primary key (project_id, programme_id)
);
create index project_programme_programme_idx on project_programme (programme_id);

create table project_theme (
    project_id bigint not null references project (id) on delete cascade,
    theme_id   bigint not null references theme (id) on delete cascade,
    primary key (project_id, theme_id)
);
create index project_theme_theme_idx on project_theme (theme_id);

-- Municipalities (or other areas) a project reaches; project.region_wide covers the whole region.
create table project_area (
    project_id bigint not null references project (id) on delete cascade,
    area_id    bigint not null references area (id),
    primary key (project_id, area_id)
);
create index project_area_area_idx on project_area (area_id);

create table project_partner (
    project_id      bigint not null references project (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    role            varchar not null check (role in ('LEAD', 'IMPLEMENTING', 'CO_FINANCING', 'KNOWLEDGE')),
    primary key (project_id, organisation_id, role)
);
create index project_partner_organisation_idx on project_partner (organisation_id);

create table project_link (
    id         bigint generated always as identity primary key,
    project_id bigint not null references project (id) on delete cascade,
    label      varchar not null,
    url        varchar not null,
    position   integer not null default 0
);
create index project_link_project_idx on project_link (project_id);

-- Lifecycle history: every status change with date and who.
create table project_status_change (
    id          bigint generated always as identity primary key,
    project_id  bigint not null references project (id) on delete cascade,
    from_status varchar,
    to_status   varchar not null,
    changed_on  date not null,
    changed_by  varchar not null,
    note        varchar,
    recorded_at timestamp with time zone not null default now()
);
create index project_status_change_project_idx on project_status_change (project_id);

-- Vouchers and small grants. One row may stand for several awards reported together
-- (quantity > 1, amount = their total); recipients are kinds, never persons.
create table voucher_award (
    id              bigint generated always as identity primary key,
    programme_id    bigint not null references programme (id),
    project_id      bigint references project (id),
    scheme          varchar not null,
    scheme_kind     varchar not null check (scheme_kind in ('INNOVATION_VOUCHER', 'TRAINING_CHEQUE', 'SMALL_GRANT')),
    quantity        integer not null default 1 check (quantity > 0),
    amount          numeric(15, 2) check (amount >= 0),
    awarded_on      date,
    award_year      integer,
    municipality_id bigint references area (id),
    recipient_kind  varchar check (recipient_kind in ('SME', 'LARGE_COMPANY', 'EMPLOYEE', 'JOB_SEEKER', 'STUDENT',
                                                   'EDUCATION', 'OTHER')),
    published       boolean not null default true,
    source_id       bigint references source (id),
    source_locator  varchar,
    version         integer not null default 0,
    created_at      timestamp with time zone not null default now()
);
create index voucher_award_programme_idx on voucher_award (programme_id);
create index voucher_award_project_idx on voucher_award (project_id);
create index voucher_award_municipality_idx on voucher_award (municipality_id);
create index voucher_award_source_idx on voucher_award (source_id);

-- Full-text search (Dutch) over projects and organisations.
-- [jooq ignore start]
create index project_search_idx on project
    using gin (to_tsvector('dutch', title || ' ' || coalesce(summary, '')));
create index organisation_search_idx on organisation
    using gin (to_tsvector('dutch', name || ' ' || coalesce(description, '')));
-- [jooq ignore stop]
