-- Money totals kept in the same transaction as the change that moves them (issue 10), as the programme result
-- totals are (V21): triggers mark the groups a change can move as dirty; before the transaction commits,
-- FinanceTotals recomputes the dirty groups with the very queries that compute them on request
-- (FinanceQueries.aggregate and sources) and stores them here. Reads use the stored rows only while every group
-- they need is clean; otherwise they compute on request, so a missed mark costs speed, never correctness.
--
-- A group is a scope (finance.internal.LineScope: PROGRAMME_OWN and PROGRAMME_PROJECTS keyed by programme id,
-- AREA_PROJECTS keyed by area code) and a key, in text. Every key that has or had lines has a state row: the
-- triggers create it when a change first touches the key, so a scope whose state rows are all clean is complete.

create table finance_total_state (
    scope           varchar not null,
    group_key       varchar not null,
    dirty           boolean not null default true,
    -- the projects with lines in the group (AREA_PROJECTS counts them per area), for the public view and for all
    public_projects integer not null default 0,
    all_projects    integer not null default 0,
    primary key (scope, group_key)
);

-- FinanceQueries.aggregate of the group per funder category, for both views (public: what anonymous visitors see).
create table finance_total (
    scope           varchar not null,
    group_key       varchar not null,
    public          boolean not null,
    category_code   varchar not null references funder_category (code),
    lines           integer not null,
    budgeted        numeric(17, 2),
    budgeted_known  integer not null,
    committed       numeric(17, 2),
    committed_known integer not null,
    realised        numeric(17, 2),
    realised_known  integer not null,
    both_known      integer not null,
    both_budgeted   numeric(17, 2),
    both_committed  numeric(17, 2),
    constraint finance_total_state_fk foreign key (scope, group_key)
        references finance_total_state (scope, group_key) on delete cascade
);
create index finance_total_group_idx on finance_total (scope, group_key, public);
create index finance_total_category_idx on finance_total (category_code);

-- FinanceQueries.sources of the group: the distinct sources (and places in them) per funder category.
create table finance_total_source (
    scope          varchar not null,
    group_key      varchar not null,
    public         boolean not null,
    category_code  varchar not null references funder_category (code),
    source_id      bigint  not null references source (id),
    source_locator varchar,
    constraint finance_total_source_state_fk foreign key (scope, group_key)
        references finance_total_state (scope, group_key) on delete cascade
);
create index finance_total_source_group_idx on finance_total_source (scope, group_key, public);
create index finance_total_source_source_idx on finance_total_source (source_id);
create index finance_total_source_category_idx on finance_total_source (category_code);

-- [jooq ignore start]
-- Marks dirty the groups the changed rows can move. TG_ARGV[0] is a query of (scope, key) pairs over the changed
-- rows, with %1$I for the transition table. The upsert row-locks the state rows until commit, which serialises
-- concurrent writers of one group (the second recomputes after the first has committed, so neither misses the
-- other). Ordered, so that writers lock in the same order.
create function finance_mark_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into finance_total_state (scope, group_key) select distinct c.scope, c.group_key from ('
            || format(tg_argv[0], 'new_rows') || ') c(scope, group_key) where c.group_key is not null'
            || ' order by 1, 2 on conflict (scope, group_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into finance_total_state (scope, group_key) select distinct c.scope, c.group_key from ('
            || format(tg_argv[0], 'old_rows') || ') c(scope, group_key) where c.group_key is not null'
            || ' order by 1, 2 on conflict (scope, group_key) do update set dirty = true';
    end if;
    return null;
end $$;

do $$
declare
    -- the groups of a set of lines x(programme_id, project_id), as a query fragment over "lines"
    groups_of_lines constant varchar := 'select ''PROGRAMME_OWN'', l.programme_id::varchar from lines l'
        || ' union all select ''PROGRAMME_PROJECTS'', pp.programme_id::varchar from lines l'
        || ' join project_programme pp on pp.project_id = l.project_id'
        || ' union all select ''AREA_PROJECTS'', a.code from lines l join project_area pa on pa.project_id = l.project_id'
        || ' join area a on a.id = pa.area_id';
    t record;
begin
    for t in select * from (values
        ('budget_line', 'with lines as (select programme_id, project_id from %1$I) ' || groups_of_lines),
        ('budget_revision', 'with lines as (select l.programme_id, l.project_id from %1$I x'
            || ' join budget_line l on l.id = x.budget_line_id) ' || groups_of_lines),
        -- a funder's category decides where its lines count
        ('funder', 'with lines as (select l.programme_id, l.project_id from %1$I x'
            || ' join budget_line l on l.funder_id = x.id) ' || groups_of_lines),
        -- publication decides the public view
        ('programme', 'select ''PROGRAMME_OWN'', x.id::varchar from %1$I x where exists (select 1 from programme p where p.id = x.id)'
            || ' union all select ''PROGRAMME_PROJECTS'', x.id::varchar from %1$I x where exists (select 1 from programme p where p.id = x.id)'),
        ('project', 'with lines as (select null::bigint as programme_id, x.id as project_id from %1$I x) ' || groups_of_lines),
        ('project_programme', 'select ''PROGRAMME_PROJECTS'', x.programme_id::varchar from %1$I x'
            || ' where exists (select 1 from programme p where p.id = x.programme_id)'),
        ('project_area', 'select ''AREA_PROJECTS'', a.code from %1$I x join area a on a.id = x.area_id'),
        -- a code is the key of its area's group
        ('area', 'select ''AREA_PROJECTS'', x.code from %1$I x')
    ) as v(tab, query) loop
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
            || ' for each statement execute function finance_mark_dirty(%3$L)',
            t.tab || '_finance_insert', t.tab, t.query);
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function finance_mark_dirty(%3$L)',
            t.tab || '_finance_update', t.tab, t.query);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
            || ' for each statement execute function finance_mark_dirty(%3$L)',
            t.tab || '_finance_delete', t.tab, t.query);
    end loop;
end $$;

-- Every group that has lines today starts dirty; the application recomputes dirty groups at start-up.
insert into finance_total_state (scope, group_key)
select 'PROGRAMME_OWN', id::varchar from programme
union select 'PROGRAMME_PROJECTS', id::varchar from programme
union select 'AREA_PROJECTS', a.code from project_area pa join area a on a.id = pa.area_id
on conflict do nothing;
-- [jooq ignore stop]
