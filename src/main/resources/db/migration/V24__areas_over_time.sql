-- Areas over time (issue 8): validity of areas and memberships, codes in every system, successions.
-- valid_from is the first day an area (membership) exists, valid_to the first day it no longer does
-- (exclusive); null = open. Existing rows keep open validity.
alter table area add column valid_from date;
alter table area add column valid_to date;
alter table area add constraint area_validity_check check (valid_to is null or valid_from is null or valid_from < valid_to);

alter table area_membership add column valid_from date;
alter table area_membership add column valid_to date;
alter table area_membership add constraint area_membership_validity_check
    check (valid_to is null or valid_from is null or valid_from < valid_to);
-- A municipality can belong to a region in two intervals: the key includes the start. (Hidden from jOOQ's
-- DDL interpreter, which names the old key differently; no Java code uses the surrogate id.)
-- [jooq ignore start]
alter table area_membership drop constraint area_membership_pkey;
alter table area_membership add column id bigint generated always as identity primary key;
create unique index area_membership_interval_key
    on area_membership (parent_id, member_id, coalesce(valid_from, '-infinity'::date));
-- [jooq ignore stop]
create index area_membership_parent_idx on area_membership (parent_id);

-- An area's code in a coding system (CBS, NUTS, ARS). A Dutch area's own area.code is also its CBS code:
-- the look-up (Areas.findByCode) treats it so, it is not stored twice.
create table area_code (
    area_id bigint not null references area (id) on delete cascade,
    system  varchar not null check (system in ('CBS', 'NUTS', 'ARS')),
    code    varchar not null,
    primary key (system, code)
);
create index area_code_area_idx on area_code (area_id);
-- [jooq ignore start]
create trigger audit_change after insert or update or delete on area_code
    for each row execute function audit_row_change('area', 'area_id');
-- [jooq ignore stop]

-- Which area became which, as CBS describes it (the text it came from is kept).
create table area_succession (
    id             bigint generated always as identity primary key,
    predecessor_id bigint not null references area (id) on delete cascade,
    successor_id   bigint not null references area (id) on delete cascade,
    effective_on   date not null,
    kind           varchar not null check (kind in ('MERGER', 'RENAME', 'BOUNDARY_CHANGE')),
    source_text    varchar,
    source_id      bigint references source (id),
    constraint area_succession_key unique (predecessor_id, successor_id, effective_on, kind)
);
create index area_succession_successor_idx on area_succession (successor_id);
create index area_succession_source_idx on area_succession (source_id);
-- [jooq ignore start]
create trigger audit_change after insert or update or delete on area_succession
    for each row execute function audit_row_change('area', 'successor_id');
-- [jooq ignore stop]
