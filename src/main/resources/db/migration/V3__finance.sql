-- The funder categories the reports use. "regional" marks the region's own money
-- (the denominator of the multiplier); names live in the message bundles.
create table funder_category (
    code     varchar primary key,
    position integer not null,
    regional boolean not null,
    public   boolean not null
);
insert into funder_category (code, position, regional, public) values
    ('RIJK', 1, false, true),
    ('PROVINCIE', 2, false, true),
    ('GEMEENTEN', 3, true, true),
    ('ONDERWIJS', 4, false, true),
    ('PRIVAAT', 5, false, false),
    ('EU', 6, false, true),
    ('OVERIG', 7, false, false);

create table funder (
    id              bigint generated always as identity primary key,
    name            varchar not null,
    category_code   varchar not null references funder_category (code),
    organisation_id bigint references organisation (id),
    version         integer not null default 0,
    constraint funder_name_unique unique (name)
);
create index funder_category_idx on funder (category_code);
create index funder_organisation_idx on funder (organisation_id);

-- A budget line: what one funder puts into one programme or project, for one year
-- (year null = the whole period). Amounts live in revisions, so history is kept.
create table budget_line (
    id           bigint generated always as identity primary key,
    programme_id bigint references programme (id) on delete cascade,
    project_id   bigint references project (id) on delete cascade,
    funder_id    bigint not null references funder (id),
    year         integer,
    version      integer not null default 0,
    created_at   timestamp with time zone not null default now(),
    constraint budget_line_owner_check check ((programme_id is null) <> (project_id is null))
);
create index budget_line_programme_idx on budget_line (programme_id);
create index budget_line_project_idx on budget_line (project_id);
create index budget_line_funder_idx on budget_line (funder_id);
create index budget_line_year_idx on budget_line (year);
-- [jooq ignore start]
create unique index budget_line_unique_idx on budget_line
    (coalesce(programme_id, 0), coalesce(project_id, 0), funder_id, coalesce(year, 0));
-- [jooq ignore stop]

-- Revision 1 is the original; the highest revision is current. A null amount is
-- unknown (not given by the sources), which differs from zero.
create table budget_revision (
    id             bigint generated always as identity primary key,
    budget_line_id bigint not null references budget_line (id) on delete cascade,
    revision       integer not null check (revision > 0),
    budgeted       numeric(15, 2) check (budgeted >= 0),
    committed      numeric(15, 2) check (committed >= 0),
    realised       numeric(15, 2) check (realised >= 0),
    reason         varchar,
    recorded_by    varchar not null,
    recorded_at    timestamp with time zone not null default now(),
    source_id      bigint references source (id),
    source_locator varchar,
    constraint budget_revision_unique unique (budget_line_id, revision)
);
create index budget_revision_source_idx on budget_revision (source_id);

-- Investment that a programme's regional money mobilised elsewhere (numerator of the multiplier).
create table mobilised_investment (
    id                  bigint generated always as identity primary key,
    programme_id        bigint not null references programme (id) on delete cascade,
    description         varchar not null,
    amount              numeric(15, 2) not null check (amount >= 0),
    linked_programme_id bigint references programme (id),
    source_id           bigint references source (id),
    source_locator      varchar,
    version             integer not null default 0,
    recorded_at         timestamp with time zone not null default now()
);
create index mobilised_investment_programme_idx on mobilised_investment (programme_id);
create index mobilised_investment_linked_programme_idx on mobilised_investment (linked_programme_id);
create index mobilised_investment_source_idx on mobilised_investment (source_id);
