-- Where figures come from. Every stored figure points at a source and says where in it.
create table source (
    id           bigint generated always as identity primary key,
    code         varchar not null unique,
    title        varchar not null,
    publisher    varchar,
    published_on date,
    kind         varchar not null check (kind in ('DOCUMENT', 'DATASET')),
    url          varchar,
    licence      varchar
);

-- Areas: the Netherlands, provinces, regions (COROP), municipalities, German districts.
-- Which area belongs to which is data (area_membership), never code.
create table area (
    id                 bigint generated always as identity primary key,
    code               varchar not null unique,
    name               varchar not null,
    kind               varchar not null check (kind in ('COUNTRY', 'PROVINCE', 'REGION', 'MUNICIPALITY', 'DISTRICT')),
    country_code       varchar not null default 'NL',
    boundary           jsonb,
    boundary_source_id bigint references source (id),
    version            integer not null default 0
);
create index area_kind_idx on area (kind);
create index area_boundary_source_idx on area (boundary_source_id);

create table area_membership (
    parent_id bigint not null references area (id) on delete cascade,
    member_id bigint not null references area (id) on delete cascade,
    source_id bigint references source (id),
    primary key (parent_id, member_id)
);
create index area_membership_member_idx on area_membership (member_id);
create index area_membership_source_idx on area_membership (source_id);

-- Statistics per area and period (e.g. CBS 85984NED inhabitants 2024).
create table area_statistic (
    id             bigint generated always as identity primary key,
    area_id        bigint not null references area (id) on delete cascade,
    statistic      varchar not null,
    period         integer not null,
    value          numeric(18, 2) not null,
    source_id      bigint not null references source (id),
    source_locator varchar,
    constraint area_statistic_unique unique (area_id, statistic, period)
);
create index area_statistic_source_idx on area_statistic (source_id);
create index area_statistic_statistic_idx on area_statistic (statistic, period);
